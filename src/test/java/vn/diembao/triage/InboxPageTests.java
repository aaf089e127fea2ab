package vn.diembao.triage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.directory.Outlets;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox as the officer filters, searches and pages it. */
@DiembaoTest
class InboxPageTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
	PlatformTransactionManager transactions;

	private InboxFixture fixture;
	private RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(jdbc, outlets, inbox);
		officer = TestUsers.officer(accounts);
	}

	@Test
	void theDefaultViewListsNewRelevantStoriesNewestFirstOneRowPerStory() throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		String words = "Khánh thành cầu treo " + fixture.tag();
		fixture.article(words).outlet("Báo A").publishedAt(now.minusSeconds(7200)).save();
		fixture.article(words + "!").outlet("Báo B").publishedAt(now.minusSeconds(3600)).save();
		fixture.article("Mở rộng đường vào thác " + fixture.tag()).outlet("Báo A").publishedAt(now).save();
		fixture.article("Giá cà phê ở Brazil " + fixture.tag()).outlet("Báo A").notRelevant().save();

		Document page = page(get("/tiep-nhan").param("q", fixture.tag()));

		assertThat(page.select("#inbox tr.story-row .article-title")).extracting(e -> e.text())
			.containsExactly("Mở rộng đường vào thác " + fixture.tag(), words + "!");
		assertThat(page.select("#inbox tr.version-row .article-title")).extracting(e -> e.text()).containsExactly(words);
		assertThat(page.select("#inbox tr.story-row .expand-story").text()).isEqualTo("2 báo");
		assertThat(page.select("#inbox tr.story-row").first().text())
			.contains(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM).format(now),
					"Đà Lạt", "Trung tính", "Tin địa phương");
		assertThat(page.select("#inbox .tone-badge").first().attr("title")).contains("khớp địa danh Đà Lạt");
		assertThat(page.text()).doesNotContain("Giá cà phê ở Brazil");
	}

	@Test
	void filtersNarrowByToneTopicPlaceNeedsResponseOutletAndDate() throws Exception {
		Instant now = Instant.now();
		long negative = fixture.article("Sạt lở đèo Prenn").outlet("Báo Lọc").tone(Tone.NEGATIVE).places("Đà Lạt")
			.needsResponse().save();
		long it = fixture.article("Chuyển đổi số ở Bảo Lộc").outlet("Báo Lọc").topic(Topic.IT_DIGITAL).places("Bảo Lộc")
			.publishedAt(now.minus(10, ChronoUnit.DAYS)).save();
		String outlet = fixture.outlet("Báo Lọc");

		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("tone", "NEGATIVE"))).containsExactly(negative);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("topic", "IT_DIGITAL"))).containsExactly(it);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("place", "bao loc"))).containsExactly(it);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("needsResponse", "true"))).containsExactly(negative);
		LocalDate today = LocalDate.now(VIETNAM);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("from", today.minusDays(1).toString())
			.param("to", today.toString()))).containsExactly(negative);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("to", today.minusDays(5).toString())))
			.containsExactly(it);
	}

	@Test
	void theNotRelevantBinAndTheStatusFilterShowWhatTheDefaultViewHides() throws Exception {
		long missed = fixture.article("Lâm Hà mùa hoa cà phê").outlet("Báo Thùng").notRelevant().save();
		long done = fixture.article("Hội nghị xúc tiến đầu tư").outlet("Báo Thùng").save();
		jdbc.sql("update app.inbox_item set status = 'TRIAGED' where article_id = ?").param(done).update();
		String outlet = fixture.outlet("Báo Thùng");

		assertThat(ids(get("/tiep-nhan").param("outlet", outlet))).isEmpty();
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("bin", "true"))).containsExactly(missed);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("status", "TRIAGED"))).containsExactly(done);
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("status", "ALL"))).containsExactly(done);
	}

	@Test
	void searchIgnoresDiacriticsAndCaseAndMarksTheMatches() throws Exception {
		long title = fixture.article("Đắk Nông: sạt lở vùi nhà dân").outlet("Báo Tìm").save();
		long body = fixture.article("Người dân bức xúc").outlet("Báo Tìm").lead("Tình trạng kéo dài nhiều tháng.")
			.body("Đêm nào cũng vậy, CÁT TẶC hoạt động ngang nhiên trên sông Đồng Nai, đoạn qua xã Đạ Tẻh.")
			.save();
		fixture.article("Đăk Lăk mùa mưa").outlet("Báo Tìm").save();
		String outlet = fixture.outlet("Báo Tìm");

		Document found = page(get("/tiep-nhan").param("outlet", outlet).param("q", "dak NONG"));
		assertThat(rowIds(found)).containsExactly(title);
		assertThat(found.select("#article-" + title + " .article-title mark")).extracting(e -> e.text())
			.containsExactly("Đắk", "Nông");

		Document inBody = page(get("/tiep-nhan").param("outlet", outlet).param("q", "cat tac da teh"));
		assertThat(rowIds(inBody)).containsExactly(body);
		assertThat(inBody.select("#article-" + body + " .excerpt mark")).extracting(e -> e.text())
			.containsExactly("CÁT", "TẶC", "Đạ", "Tẻh");
		assertThat(ids(get("/tiep-nhan").param("outlet", outlet).param("q", "\"nong dak\""))).isEmpty();
	}

	@Test
	void theSearchUsesTheIndex() {
		String plan = new TransactionTemplate(transactions).execute(tx -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("""
					explain select article_id from app.inbox_item
					where search_doc @@ websearch_to_tsquery('simple', app.vn_fold('Đắk Nông'))""").query(String.class).list());
		});
		assertThat(plan).contains("inbox_item_search");
	}

	@Test
	void pagesHoldFiftyStories() throws Exception {
		for (int i = 0; i < 51; i++) {
			fixture.article("Tin số " + i).outlet("Báo Trang").publishedAt(Instant.now().minusSeconds(i)).save();
		}
		String outlet = fixture.outlet("Báo Trang");
		Document first = page(get("/tiep-nhan").param("outlet", outlet));
		assertThat(first.select("#inbox tr.story-row")).hasSize(50);
		assertThat(first.select("#story-count").text()).isEqualTo("51");
		Document second = page(get("/tiep-nhan").param("outlet", outlet).param("page", "2")
			.header("HX-Request", "true"));
		assertThat(second.select("#inbox tr.story-row .article-title").text()).isEqualTo("Tin số 50");
		assertThat(second.select("nav.navbar, #filters")).isEmpty(); // a fragment, not the page
	}

	@Test
	void savedFiltersBelongToTheOfficerWhoSavedThem() throws Exception {
		mvc.perform(post("/tiep-nhan/bo-loc").with(officer).with(csrf()).param("name", "Tiêu cực Đà Lạt")
			.param("query", "tone=NEGATIVE&place=%C4%90%C3%A0%20L%E1%BA%A1t")).andExpect(status().is3xxRedirection());

		Document mine = page(get("/tiep-nhan"));
		assertThat(mine.select(".saved-filter a").attr("href")).isEqualTo("/tiep-nhan?tone=NEGATIVE&place=%C4%90%C3%A0%20L%E1%BA%A1t");
		RequestPostProcessor colleague = TestUsers.as(accounts, "test-canbo-2", Role.OFFICER, null);
		String theirs = mvc.perform(get("/tiep-nhan").with(colleague)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(theirs).select(".saved-filter")).isEmpty();
		mvc.perform(post("/tiep-nhan/bo-loc").with(officer).with(csrf()).param("name", "x")
			.param("query", "\"><script>")).andExpect(status().is3xxRedirection());
		assertThat(page(get("/tiep-nhan")).select(".saved-filter")).hasSize(1);
	}

	private java.util.List<Long> ids(MockHttpServletRequestBuilder request) throws Exception {
		return rowIds(page(request));
	}

	private static java.util.List<Long> rowIds(Document page) {
		return page.select("#inbox tr[data-ref]").stream().map(row -> Long.parseLong(row.id().substring("article-".length())))
			.toList();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request.with(officer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}
}
