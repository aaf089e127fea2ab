package vn.diembao.triage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.classify.Tone;
import vn.diembao.directory.Outlets;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Bulk and single decisions: what changes, what is kept for the classifier, and what happens on a concurrent edit. */
@DiembaoTest
@RecordApplicationEvents
class TriageDecisionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outlets outlets;

	@Autowired
	Inbox inbox;

	@Autowired
	ApplicationEvents events;

	private InboxFixture fixture;
	private RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(jdbc, outlets, inbox);
		officer = TestUsers.officer(accounts);
	}

	@Test
	void aBulkConfirmTriagesEveryVersionOfTheCheckedStoriesAndAnswersWithTheListOnly() throws Exception {
		String title = "Khai mạc lễ hội hoa " + fixture.tag();
		long first = fixture.article(title).outlet("Báo Một").save();
		long copy = fixture.article(title).outlet("Báo Hai").save();
		long other = fixture.article("Tin khác " + fixture.tag()).outlet("Báo Một").save();

		Document list = bulk(Map.of("action", "CONFIRM", "refs", ref(first) + "," + ref(copy)));

		assertThat(list.select("#inbox-list .alert-success").text()).isEqualTo("Đã xác nhận 2 tin, bài.");
		assertThat(list.select("main")).isEmpty();
		assertThat(status(first)).isEqualTo("TRIAGED");
		assertThat(status(copy)).isEqualTo("TRIAGED");
		assertThat(status(other)).isEqualTo("NEW");
		assertThat(jdbc.sql("select decided_by from app.inbox_item where article_id = ?").param(first).query(String.class)
			.single()).isEqualTo("test-canbo");
	}

	@Test
	void everyChangeOfToneTopicRelevanceAndNeedsResponseIsKeptAsACorrection() throws Exception {
		long id = fixture.article("Ô nhiễm suối Cam Ly " + fixture.tag()).outlet("Báo Sửa").tone(Tone.NEUTRAL).save();

		bulk(Map.of("action", "TONE", "newTone", "NEGATIVE", "refs", ref(id)));
		bulk(Map.of("action", "TOPIC", "newTopic", "ADMIN_REFORM", "refs", ref(id)));
		bulk(Map.of("action", "NEEDS_RESPONSE", "refs", ref(id)));
		bulk(Map.of("action", "NOT_RELEVANT", "refs", ref(id)));
		bulk(Map.of("action", "TONE", "newTone", "NEGATIVE", "refs", ref(id))); // no change, no correction

		assertThat(jdbc.sql("""
				select field || ':' || before || '>' || after || ':' || corrected_by from app.triage_correction
				where article_id = ? order by id""").param(id).query(String.class).list())
			.containsExactly("tone:NEUTRAL>NEGATIVE:test-canbo", "topic:LOCAL_NEWS>ADMIN_REFORM:test-canbo",
					"needs_response:false>true:test-canbo", "relevant:true>false:test-canbo");
		assertThat(jdbc.sql("select tone || topic || needs_response || relevant from app.inbox_item where article_id = ?")
			.param(id).query(String.class).single()).isEqualTo("NEGATIVEADMIN_REFORMtruefalse");
	}

	@Test
	void confirmingFromTheNotRelevantBinTellsTheClassifierItMissed() throws Exception {
		long id = fixture.article("Bảo Lộc có thêm khu công nghiệp " + fixture.tag()).outlet("Báo Lọt").notRelevant().save();

		bulk(Map.of("action", "CONFIRM", "refs", ref(id), "bin", "true"));

		assertThat(jdbc.sql("select field || ':' || after from app.triage_correction where article_id = ?").param(id)
			.query(String.class).list()).containsExactly("relevant:true");
		assertThat(status(id)).isEqualTo("TRIAGED");
	}

	@Test
	void aDecisionOnAnItemSomeoneElseChangedMeanwhileIsRefusedWithAClearMessage() throws Exception {
		long stale = fixture.article("Đường liên xã xuống cấp " + fixture.tag()).outlet("Báo Tranh").save();
		long fresh = fixture.article("Khánh thành trường học " + fixture.tag()).outlet("Báo Tranh").save();
		String staleRef = ref(stale);
		RequestPostProcessor colleague = TestUsers.as(accounts, "test-canbo-khac", vn.diembao.directory.Role.OFFICER, null);
		mvc.perform(post("/tiep-nhan/hang-loat").with(colleague).with(csrf()).header("HX-Request", "true")
			.param("action", "TONE").param("newTone", "NEGATIVE").param("refs", staleRef)).andExpect(MockMvcResultMatchers.status().isOk());

		Document list = bulk(Map.of("action", "DISMISS", "refs", staleRef + "," + ref(fresh)));

		assertThat(list.select("#conflict").text())
			.startsWith("1 tin, bài vừa được người khác thay đổi nên chưa được bỏ qua: “Đường liên xã xuống cấp")
			.contains("hãy xem và thao tác lại");
		assertThat(status(stale)).isEqualTo("NEW");
		assertThat(status(fresh)).isEqualTo("DISMISSED");
	}

	@Test
	void addingToTodaysBulletinRecordsThePickAndAnnouncesItOnce() throws Exception {
		long id = fixture.article("Lâm Đồng đón khách quốc tế " + fixture.tag()).outlet("Báo Tin").save();

		bulk(Map.of("action", "BULLETIN", "refs", ref(id)));
		bulk(Map.of("action", "BULLETIN", "refs", ref(id)));

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(jdbc.sql("select bulletin_date from app.inbox_item where article_id = ?").param(id)
			.query(LocalDate.class).single()).isEqualTo(today);
		assertThat(events.stream(ArticlePickedForBulletin.class).filter(e -> e.articleId() == id).toList())
			.containsExactly(new ArticlePickedForBulletin(id, today, "test-canbo"));
	}

	@Test
	void aBulkActionWithNothingCheckedSaysSo() throws Exception {
		Document list = bulk(Map.of("action", "CONFIRM"));
		assertThat(list.select("#conflict").text()).contains("Chưa chọn tin, bài nào");
	}

	private Document bulk(Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = post("/tiep-nhan/hang-loat").with(officer).with(csrf())
			.header("HX-Request", "true");
		params.forEach(request::param);
		String html = mvc.perform(request).andExpect(MockMvcResultMatchers.status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private String ref(long id) {
		return inbox.find(id).orElseThrow().ref();
	}

	private String status(long id) {
		return inbox.find(id).orElseThrow().status();
	}

}
