package vn.diembao.classify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.casework.CaseOpened;
import vn.diembao.directory.Outlets;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Suggested agencies: what officers asked about the same matter before comes first, then the routing table's. */
@DiembaoTest
class AgencyChoicesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outlets outlets;

	@Autowired
	ClassifiedArticles classified;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theAgenciesAskedAboutTheSameMatterBeforeAreSuggestedFirst() {
		long outlet = outlets.register("Báo Gợi Ý (thử nghiệm)", "goiy.agency-choices.test", "online newspaper").id();
		long earlier = article(outlet, "Dân tố nhà máy chế biến mủ cao su Hòa Phú xả thải ra suối Đắk Nông", "so-nnmt");
		long followUp = article(outlet, "Nhà máy chế biến mủ cao su Hòa Phú vẫn xả thải ra suối, dân tiếp tục tố", "so-nnmt");
		long unrelated = article(outlet, "Khánh thành trường mầm non mới ở xã Quảng Khê", "");

		transactions.executeWithoutResult(tx -> events.publishEvent(new CaseOpened(900_001, earlier, List.of("ubnd-hoa-phu"))));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(classified.suggestedAgencies(followUp)).containsExactly("ubnd-hoa-phu", "so-nnmt"));
		assertThat(classified.suggestedAgencies(unrelated)).isEmpty();
		assertThat(classified.suggestedAgencies(earlier)).containsExactly("so-nnmt");
	}

	/** A classified article with the routing table's suggestion. */
	private long article(long outlet, String title, String agencies) {
		String url = "https://goiy.agency-choices.test/" + Math.abs(title.hashCode());
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, '', 'Nội dung.', ?, md5(?), 'test') returning id""")
			.params(outlet, url, title, java.sql.Timestamp.from(Instant.now()), title)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic, needs_response,
				       places, reasons, model_version, title, url, outlet_name, published_at, agencies)
				values (?, 'LDO', true, 3, 'NEGATIVE', 'LOCAL_NEWS', true, '', 'thử', 'thử', ?, ?, 'Báo Gợi Ý', now(), ?)""")
			.params(id, title, url, agencies)
			.update();
		return id;
	}
}
