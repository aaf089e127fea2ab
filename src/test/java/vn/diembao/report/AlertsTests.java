package vn.diembao.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.casework.Notifications;
import vn.diembao.classify.ArticleClassified;
import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alerts as officers get them: raised by the ArticleClassified listener, once per story, in the app at once and by
 * e-mail outside the quiet hours; the watch list kept on its page; the morning summary mailed once a day.
 */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final String OFFICER_MAIL = "canbo-canh-bao@stttt.lamdong.gov.vn";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Alerts alerts;

	@Autowired
	AlertMailer mailer;

	@Autowired
	DailySummary summary;

	@Autowired
	WatchList watchList;

	@Autowired
	Notifications notifications;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MockMvc mvc;

	ReportFixtures fixtures;

	@BeforeAll
	void officerWithAnAddress() {
		fixtures = new ReportFixtures(jdbc);
		accounts.createIfAbsent("canh-bao-canbo", TestUsers.PASSWORD, "Cán bộ theo dõi", Set.of(Role.OFFICER), null);
		accounts.setEmail("canh-bao-canbo", OFFICER_MAIL);
	}

	private long cluster(String title) {
		return jdbc.sql("insert into app.story_cluster (title) values (?) returning id").param(title).query(Long.class).single();
	}

	/** The next article of a story, stored in its cluster as ingest would, then announced as classify would. */
	private ArticleClassified collect(long cluster, String title, String outletName, LocalDateTime at) {
		long outlet = fixtures.outlet(outletName, false);
		// no place: these tests are about the story rule (three negative articles about one place would be a spike too)
		long id = fixtures.article(outlet, outletName, at, title, Tone.NEGATIVE, true, false, "");
		jdbc.sql("update app.article set cluster_id = ? where id = ?").params(cluster, id).update();
		return new ArticleClassified(id, title, "Sapo: " + title, "https://x.test/" + id, outletName,
				ReportFixtures.at(at).toInstant(), true, Tone.NEGATIVE, Topic.LOCAL_NEWS, false, List.of(),
				List.of("thử"));
	}

	private void publish(ArticleClassified event) {
		transactions.executeWithoutResult(tx -> events.publishEvent(event));
	}

	private List<Alerts.Alert> alertsAbout(String title, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<Alerts.Alert> found;
		do {
			found = alerts.latest(500).stream().filter(a -> a.title().equals(title)).toList();
			if (found.size() >= expected) {
				break;
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		return found;
	}

	@Test
	void aStoryInThreeOutletsWithinSixHoursAlertsOfficersOnce() throws Exception {
		String title = "Sạt lở vùi lấp nhà dân ở Đà Lạt (thử cảnh báo)";
		long story = cluster(title);
		LocalDateTime first = LocalDateTime.of(2016, 5, 10, 7, 0);
		publish(collect(story, title, "Báo X1", first));
		publish(collect(story, title, "Báo X2", first.plusHours(2)));
		Thread.sleep(1500);
		assertThat(alertsAbout(title, 1)).isEmpty();
		ArticleClassified third = collect(story, title, "Báo X3", first.plusHours(4));
		publish(third);
		assertThat(alertsAbout(title, 1)).hasSize(1);
		publish(collect(story, title, "Báo X4", first.plusHours(5)));
		Thread.sleep(1500);
		List<Alerts.Alert> raised = alertsAbout(title, 2);
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0).kind()).isEqualTo(Alerts.Kind.STORY_SPIKE);
		assertThat(raised.get(0).link()).isEqualTo("/tiep-nhan/bai/" + third.articleId());
		assertThat(notifications.latest(accounts.currentUser("canh-bao-canbo")))
			.anySatisfy(n -> assertThat(n.message()).contains("cùng tin", title));
	}

	@Test
	void aStorySpreadingOverADayDoesNotAlert() throws Exception {
		String title = "Tin lan chậm qua các báo (thử cảnh báo)";
		long story = cluster(title);
		for (int i = 0; i < 4; i++) {
			publish(collect(story, title, "Báo Y" + i, LocalDateTime.of(2016, 5, 11, 7, 0).plusHours(5L * i)));
		}
		Thread.sleep(2000);
		assertThat(alertsAbout(title, 1)).isEmpty();
	}

	@Test
	void aWatchedProjectNamedInAnArticleAlerts() throws Exception {
		mvc.perform(post("/bao-cao/canh-bao/theo-doi").param("term", "Dự án hồ thủy lợi Ta Hoet").param("kind", "PROJECT")
			.with(TestUsers.officer(accounts)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/bao-cao/canh-bao/theo-doi").param("term", "Dự án khác").with(TestUsers.leader(accounts)).with(csrf()))
			.andExpect(status().isForbidden());
		String title = "Người dân chờ đền bù ở dự án hồ thủy lợi Ta Hoet (thử cảnh báo)";
		long outlet = fixtures.outlet("Báo Z", false);
		long id = fixtures.article(outlet, "Báo Z", LocalDateTime.of(2016, 5, 12, 9, 0), title, Tone.POSITIVE, false, false, "");
		publish(new ArticleClassified(id, title, null, "https://z.test/" + id, "Báo Z", Instant.parse("2016-05-12T02:00:00Z"),
				false, Tone.POSITIVE, Topic.LOCAL_NEWS, false, List.of(), List.of()));
		List<Alerts.Alert> raised = alertsAbout(title, 1);
		assertThat(raised).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alerts.Kind.WATCH);
			assertThat(a.detail()).contains("Dự án hồ thủy lợi Ta Hoet");
		});
		String page = mvc.perform(get("/bao-cao/canh-bao").with(TestUsers.leader(accounts)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Dự án hồ thủy lợi Ta Hoet", title);
		assertThat(WatchList.matches("Ta Hoet", "ta hoét", "ta hoet")).isTrue();
		assertThat(WatchList.matches("Lê Văn Hòa", "le van hoa", "le van hoa")).isFalse();
	}

	@Test
	void negativeArticlesAboutAPlaceAboveItsUsualRateAlertOncePerDay() {
		String place = "Xã Thử Cảnh Báo";
		long outlet = fixtures.outlet("Báo P", false);
		LocalDateTime burst = LocalDateTime.of(2016, 6, 20, 8, 0);
		fixtures.article(outlet, "Báo P", burst.minusDays(12), "Tin cũ về xã", Tone.NEGATIVE, true, false, place);
		List<List<Alerts.Alert>> raised = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String title = "Tin tiêu cực " + i + " về xã (thử cảnh báo)";
			LocalDateTime at = burst.plusHours(i);
			long id = fixtures.article(outlet, "Báo P", at, title, Tone.NEGATIVE, true, false, place);
			Instant when = ReportFixtures.at(at).toInstant();
			raised.add(alerts.consider(new ArticleClassified(id, title, null, "https://p.test/" + id, "Báo P", when, true,
					Tone.NEGATIVE, Topic.LOCAL_NEWS, false, List.of(place), List.of()), when.plusSeconds(60)));
		}
		assertThat(raised.stream().map(List::size).toList()).containsExactly(0, 0, 1, 0, 0);
		assertThat(raised.get(2).get(0).kind()).isEqualTo(Alerts.Kind.PLACE_SPIKE);
	}

	@Test
	void alertMailsWaitForTheEndOfTheQuietHoursAndGoOnce() throws Exception {
		String title = "Tin cảnh báo giờ yên lặng (thử)";
		long story = cluster(title);
		Instant lateEvening = Instant.parse("2016-07-01T16:30:00Z");
		List<ArticleClassified> articles = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			articles.add(collect(story, title, "Báo Q" + i, LocalDateTime.of(2016, 7, 1, 21, 0).plusMinutes(20L * i)));
			alerts.consider(articles.get(i), lateEvening);
		}
		assertThat(mailer.flush(lateEvening)).isZero();
		assertThat(toOfficer(title)).isEmpty();
		assertThat(mailer.flush(Instant.parse("2016-07-01T23:30:00Z"))).isPositive();
		smtp.waitForIncomingEmail(5000, 1);
		List<MimeMessage> mails = toOfficer(title);
		assertThat(mails).hasSize(1);
		assertThat(body(mails.get(0))).contains("/tiep-nhan/bai/" + articles.get(2).articleId());
		mailer.flush(Instant.parse("2016-07-01T23:31:00Z"));
		assertThat(toOfficer(title)).hasSize(1);
	}

	@Test
	void theMorningSummaryGoesOnceADay() throws Exception {
		LocalDate day = LocalDate.of(2016, 8, 2);
		long outlet = fixtures.outlet("Báo S", false);
		fixtures.article(outlet, "Báo S", LocalDateTime.of(2016, 8, 1, 15, 0), "Tin tóm tắt tiêu cực (thử)", Tone.NEGATIVE,
				true, true, "Đà Lạt");
		fixtures.article(outlet, "Báo S", LocalDateTime.of(2016, 8, 2, 6, 0), "Tin tóm tắt tích cực (thử)", Tone.POSITIVE,
				true, false, "Đà Lạt");
		assertThat(summary.send(day)).isTrue();
		assertThat(summary.send(day)).isFalse();
		smtp.waitForIncomingEmail(5000, 1);
		List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).equals("[Điểm báo] Tóm tắt sáng 02/08/2016") && sentTo(m, OFFICER_MAIL))
			.toList();
		assertThat(mails).hasSize(1);
		String body = body(mails.get(0));
		assertThat(body).contains("- Tin, bài mới về tỉnh: 2", "- Phản ánh tồn tại, hạn chế: 1", "Tin tóm tắt tiêu cực (thử) (Báo S)",
				"- Cần làm rõ, phản hồi: 1", "- Hồ sơ quá hạn chưa trả lời:");
	}

	private List<MimeMessage> toOfficer(String title) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).contains(title) && sentTo(m, OFFICER_MAIL))
			.toList();
	}

	private static String body(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
