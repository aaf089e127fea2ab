package vn.diembao.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** “Số NN” per kind and year: no duplicates and no gaps under concurrent publication; published means immutable. */
@DiembaoTest
class BulletinNumberingTests {

	@Autowired
	Bulletins bulletins;

	@Autowired
	BulletinRecords records;

	@Autowired
	Curation curation;

	@Autowired
	BulletinNumbering numbering;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentPublicationsGetConsecutiveNumbersWithoutDuplicates() throws Exception {
		int editions = 12;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < editions; i++) {
			ids.add(bulletins.create(BulletinKind.PROVINCE_WEEKLY, LocalDate.of(2041, 1, 5).plusWeeks(i)).orElseThrow());
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Bulletin>> results = new ArrayList<>();
		for (long id : ids) {
			// each edition published twice at once, as a retried job might: still one number each
			Callable<Bulletin> publish = () -> {
				go.await();
				return bulletins.publish(id);
			};
			results.add(pool.submit(publish));
			results.add(pool.submit(publish));
		}
		go.countDown();
		for (Future<Bulletin> result : results) {
			result.get();
		}
		pool.shutdown();

		List<Integer> numbers = jdbc.sql("select number from app.bulletin where kind = 'PROVINCE_WEEKLY' and number_year = 2041 order by number")
			.query(Integer.class).list();
		assertThat(numbers).hasSize(editions);
		assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, editions).boxed().toList());
	}

	@Test
	void aPublicationThatRollsBackGivesItsNumberBack() {
		long first = bulletins.create(BulletinKind.PROVINCE_MONTHLY, LocalDate.of(2042, 2, 3)).orElseThrow();
		long second = bulletins.create(BulletinKind.PROVINCE_MONTHLY, LocalDate.of(2042, 3, 2)).orElseThrow();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			bulletins.publish(first);
			throw new IllegalStateException("gửi thư thất bại giữa chừng");
		})).isInstanceOf(IllegalStateException.class);
		bulletins.publish(second);
		bulletins.publish(first);

		assertThat(records.find(second).orElseThrow().number()).isEqualTo(1);
		assertThat(records.find(first).orElseThrow().number()).isEqualTo(2);
	}

	@Test
	void numbersRestartEachYearAndPerKind() {
		long lastOf2043 = bulletins.create(BulletinKind.IT_DAILY, LocalDate.of(2043, 12, 31)).orElseThrow();
		long firstOf2044 = bulletins.create(BulletinKind.IT_DAILY, LocalDate.of(2044, 1, 2)).orElseThrow();
		long otherKind = bulletins.create(BulletinKind.DOMESTIC_DAILY, LocalDate.of(2044, 1, 2)).orElseThrow();
		bulletins.publish(lastOf2043);
		bulletins.publish(firstOf2044);
		bulletins.publish(otherKind);

		assertThat(records.find(lastOf2043).orElseThrow().numberLabel()).isEqualTo("Số 01/2043");
		assertThat(records.find(firstOf2044).orElseThrow().numberLabel()).isEqualTo("Số 01/2044");
		assertThat(records.find(otherKind).orElseThrow().numberLabel()).isEqualTo("Số 01/2044");
		assertThatThrownBy(() -> numbering.next(BulletinKind.IT_DAILY, 2044)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void aPublishedBulletinCannotBeChangedEvenInTheDatabase() {
		LocalDate day = LocalDate.of(2045, 3, 7);
		new BulletinFixtures(jdbc).provinceNews(day.minusDays(1), "Hội nghị xúc tiến đầu tư", "Báo A", vn.diembao.classify.Tone.POSITIVE);
		long id = bulletins.create(BulletinKind.PROVINCE_DAILY, day).orElseThrow();
		bulletins.build(id);
		bulletins.publish(id);
		long itemId = records.items(id).get(0).id();

		assertThatThrownBy(() -> curation.editNote(id, "Sửa sau khi phát hành")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> curation.remove(id, itemId)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> jdbc.sql("update app.bulletin set editor_note = 'x' where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("update app.bulletin_item set title = 'x' where id = ?").param(itemId).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from app.bulletin_item where id = ?").param(itemId).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(records.items(id)).hasSize(1);
	}
}
