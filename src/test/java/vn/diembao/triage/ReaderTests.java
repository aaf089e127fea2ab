package vn.diembao.triage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.classify.Tone;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.Outlets;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The article reader shows crawled text safely, and opens a case from the article. */
@DiembaoTest
class ReaderTests {

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
	Agencies agencies;

	private InboxFixture fixture;
	private RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		fixture = new InboxFixture(jdbc, outlets, inbox);
		officer = TestUsers.officer(accounts);
	}

	@Test
	void hostileContentRendersInertAndFast() throws Exception {
		String hostile = """
				<p>Đoạn mở đầu <script>alert('x')</script><img src="https://tracker.example/p.gif" onerror="alert(1)"></p>
				<p onclick="steal()"><a href="javascript:alert(2)">bấm vào đây</a> <a href="https://bao.example.vn/goc">bài gốc</a></p>
				<iframe src="https://evil.example"></iframe><style>body{display:none}</style>
				<p>""" + "Rất dài ".repeat(260_000) + "</p>";
		long id = fixture.article("Tin có <b>mã độc</b> " + fixture.tag()).outlet("Báo Độc").body(hostile).save();

		long started = System.nanoTime();
		String html = mvc.perform(get("/tiep-nhan/bai/{id}", id).with(officer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		Document page = Jsoup.parse(html);
		var body = page.select("#article-body").first();
		assertThat(body.select("script, img, iframe, style, [onerror], [onclick], a[href^=javascript]")).isEmpty();
		assertThat(body.select("a").attr("href")).isEqualTo("https://bao.example.vn/goc");
		assertThat(body.select("a").attr("rel")).contains("nofollow");
		assertThat(body.text()).startsWith("Đoạn mở đầu").contains("bấm vào đây");
		assertThat(page.select("h1").text()).isEqualTo("Tin có <b>mã độc</b> " + fixture.tag());
		assertThat(html).doesNotContain("alert(", "tracker.example", "evil.example");
		assertThat(took).isLessThan(Duration.ofSeconds(5));
		assertThat(jdbc.sql("select length(search_text) from app.inbox_item where article_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(SearchText.MAX_CHARS);
	}

	@Test
	void theReaderShowsReasonsTheStoryAndADraftRequest() throws Exception {
		String title = "Dân phản ánh bãi rác quá tải ở Đức Trọng " + fixture.tag();
		long id = fixture.article(title).outlet("Báo Đọc").lead("Mùi hôi bốc lên nhiều tháng nay.")
			.body("Đoạn một.\nĐoạn hai.").places("Đức Trọng").save();
		long copy = fixture.article(title).outlet("Báo Chép").save();

		Document page = Jsoup.parse(mvc.perform(get("/tiep-nhan/bai/{id}", id).with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#article-body p")).extracting(e -> e.text()).containsExactly("Đoạn một.", "Đoạn hai.");
		assertThat(page.select("#reasons li").text()).contains("khớp địa danh Đức Trọng");
		assertThat(page.select("#same-story a").attr("href")).isEqualTo("/tiep-nhan/bai/" + copy);
		assertThat(page.select("#issue").text()).contains(fixture.outlet("Báo Đọc"), "“" + title + "”",
				"Mùi hôi bốc lên nhiều tháng nay.", "kiểm tra, xác minh");
		assertThat(page.select("#original-link").attr("rel")).contains("noopener");
	}

	@Test
	void openingACaseFromTheReaderMarksTheArticleAndPutsItInCase() throws Exception {
		long id = fixture.article("Cát tặc trên sông Đa Nhim " + fixture.tag()).outlet("Báo Hồ Sơ").save();

		mvc.perform(post("/tiep-nhan/{id}/can-phan-hoi", id).with(officer).with(csrf())
			.param("agencyIds", String.valueOf(agencies.byCode("so-nnmt").orElseThrow().id()))
			.param("issue", "Đề nghị xác minh").param("severity", "NORMAL"))
			.andExpect(redirectedUrlPattern("/ho-so/*"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "IN_CASE".equals(inbox.find(id).orElseThrow().status()));
		assertThat(inbox.find(id).orElseThrow().needsResponse()).isTrue();
		assertThat(jdbc.sql("select field || ':' || after from app.triage_correction where article_id = ?").param(id)
			.query(String.class).list()).containsExactly("needs_response:true");
	}

	@Test
	void theCaseFormPreselectsTheClassifiersSuggestedAgencies() throws Exception {
		long id = fixture.article("Xả thải ra suối Cam Ly " + fixture.tag()).outlet("Báo Gợi Ý").tone(Tone.NEGATIVE).save();
		// classify's stored decision: agency codes best first; an unknown code is skipped, a fourth is not suggested
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, reasons, model_version, title, url, outlet_name, agencies)
				select article_id, 'LDO', true, 0.9, 'NEGATIVE', 'LOCAL_NEWS', true, '', 'test', title, url, outlet_name,
				       'so-nnmt,khong-co,ca-tinh,so-xd'
				from app.inbox_item where article_id = ?""").param(id).update();

		Document page = Jsoup.parse(mvc.perform(get("/tiep-nhan/bai/{id}", id).with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#agencyIds option[selected]")).extracting(e -> e.attr("value")).containsExactlyInAnyOrder(
				String.valueOf(agencies.byCode("so-nnmt").orElseThrow().id()),
				String.valueOf(agencies.byCode("ca-tinh").orElseThrow().id()));
		assertThat(page.select("#suggested-agencies").text()).contains("2 cơ quan");
		// no snapshot stored for this article: no link to a page that would say so
		assertThat(page.select("#snapshot-link")).isEmpty();
	}

	@Test
	void theReaderLinksTheEvidenceSnapshotWhenThereIsOne() throws Exception {
		long id = fixture.article("Bản lưu bằng chứng " + fixture.tag()).outlet("Báo Lưu").save();
		jdbc.sql("""
				insert into app.article_snapshot (article_id, url, fetched_at, content_type, sha256, size_bytes, content_gzip)
				values (?, 'https://bao.test/luu', now(), 'text/html', 'x', 0, ''::bytea)""")
			.param(id).update();

		Document page = Jsoup.parse(mvc.perform(get("/tiep-nhan/bai/{id}", id).with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#snapshot-link").attr("href")).isEqualTo("/bai/" + id + "/ban-luu");
	}
}
