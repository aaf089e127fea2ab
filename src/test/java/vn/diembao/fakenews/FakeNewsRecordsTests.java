package vn.diembao.fakenews;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Monthly figures for the report, and reporters' contacts deleted after the retention period. */
@DiembaoTest
class FakeNewsRecordsTests {

	@Autowired
	FakeNewsIntake intake;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	FakeNewsRecords records;

	@Autowired
	FakeNewsStatistics statistics;

	@Autowired
	ReporterContactRetention retention;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void monthlyFiguresCountReportsByChannelAndConclusionsByLabel() {
		YearMonth now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		long before = statistics.of(now).received();
		accounts.createIfAbsent("stat-tingia", "x-mat-khau", "Tổ", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("stat-lanhdao", "x-mat-khau", "LĐ", Set.of(Role.LEADER), null);
		long id = report("Tin đồn tăng giá điện gấp đôi " + System.nanoTime(), "0901000000");
		intake.fromPublic(new ReportForm("Tin thứ hai " + System.nanoTime(), "Zalo", null, null, null, false, null), List.of(), "10.3.0.1");
		conclude(id);

		var month = statistics.of(now);
		assertThat(month.received()).isEqualTo(before + 2);
		assertThat(month.byChannel()).containsKey("PUBLIC");
		assertThat(month.byPlatform()).containsKeys("Facebook", "Zalo");
		assertThat(month.concludedByVerdict()).containsKey("FAKE");
		assertThat(statistics.of(now.minusYears(5)).none()).isTrue();
	}

	@Test
	void reportersContactsAreDeletedAfterTheRetentionPeriod() {
		accounts.createIfAbsent("stat-tingia", "x-mat-khau", "Tổ", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("stat-lanhdao", "x-mat-khau", "LĐ", Set.of(Role.LEADER), null);
		long id = report("Tin đồn đóng cửa chợ Đà Lạt " + System.nanoTime(), "nguoidan@example.vn");
		conclude(id);
		assertThat(records.reporterContacts(id)).containsExactly("nguoidan@example.vn");

		jdbc.sql("update app.fake_news_report set concluded_at = now() - interval '400 days' where id = ?").param(id).update();
		retention.deleteExpiredContacts();

		assertThat(records.reporterContacts(id)).isEmpty();
	}

	private long report(String claim, String contact) {
		var receipt = intake.fromPublic(new ReportForm(claim, "Facebook", null, null, contact, true, null), List.of(),
				"10.3.0." + (System.nanoTime() % 200));
		return records.byTrackingCode(receipt.trackingCode()).orElseThrow().id();
	}

	private void conclude(long id) {
		CurrentUser factChecker = accounts.currentUser("stat-tingia");
		desk.screen(id, true, null, List.of(), factChecker);
		desk.propose(id, Verdict.FAKE, "Không có chủ trương này.", null, null, factChecker);
		desk.decide(id, true, null, accounts.currentUser("stat-lanhdao"));
	}
}
