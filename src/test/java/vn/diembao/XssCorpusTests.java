package vn.diembao;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.ReplyForm;
import vn.diembao.casework.Severity;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.fakenews.FakeNewsDesk;
import vn.diembao.fakenews.FakeNewsIntake;
import vn.diembao.fakenews.ReportForm;
import vn.diembao.fakenews.Verdict;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A corpus of script-injection payloads put into every field people outside the department control — a case's
 * article title, outlet and issue, an agency's reply, a fake-news report and its published conclusion — and every
 * page that shows them checked: the payload is there as text, and nothing of it runs. (Crawled article bodies are
 * sanitised at collection and checked in ReaderTests.)
 */
@DiembaoTest
class XssCorpusTests {

	private static final List<String> PAYLOADS = List.of(
			"<script>alert('xss-1')</script>",
			"<img src=x onerror=alert('xss-2')>",
			"\"><svg onload=alert('xss-3')>",
			"'><iframe src=javascript:alert('xss-4')></iframe>",
			"</title></textarea><script>alert('xss-5')</script>",
			"<a href=\"javascript:alert('xss-6')\">bấm</a>",
			"<style>@import 'http://evil.example/x.css';</style>",
			"[[${T(java.lang.Runtime).getRuntime().exec('id')}]] __${7*7}__",
			"</script><script>alert('xss-9')</script><!--");
	private static final String CORPUS = "Thử " + String.join(" ", PAYLOADS);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PressCases cases;

	@Autowired
	AgencyWork agencyWork;

	@Autowired
	Agencies agencies;

	@Autowired
	FakeNewsIntake intake;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Test
	void casesAndRepliesShowPayloadsAsText() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(accounts);
		RequestPostProcessor agency = TestUsers.agency(accounts, "so-nnmt");
		CurrentUser officerUser = accounts.currentUser("test-canbo");
		CurrentUser agencyUser = accounts.currentUser("test-so-nnmt");
		List<Long> environment = List.of(agencies.byCode("so-nnmt").orElseThrow().id());
		assertThatThrownBy(() -> new OpenCaseCommand(null, "Hồ sơ", "javascript:alert('xss-url')", "Báo", "Nội dung", environment,
				Severity.NORMAL)).hasMessageContaining("http://");
		long caseId = cases.open(new OpenCaseCommand(null, "Hồ sơ " + CORPUS, "https://bao.example/\"><script>alert('xss-url')</script>",
				"Báo " + PAYLOADS.get(1),
				"Nội dung " + CORPUS, environment, Severity.NORMAL), officerUser);
		String taskId = agencyWork.tasksFor(agencyUser).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow().taskId();
		assertInert(page(get("/viec-can-xu-ly"), agency), "việc cần xử lý");
		assertInert(page(get("/viec-can-xu-ly/{task}", taskId), agency), "trang trả lời");

		agencyWork.reply(taskId, new ReplyForm("Trả lời " + CORPUS, "1/" + PAYLOADS.get(0), null, null, null),
				List.of(new MockMultipartFile("files", PAYLOADS.get(2) + ".pdf", "application/pdf", "%PDF-1.4".getBytes())), agencyUser);

		assertInert(page(get("/ho-so/{id}", caseId), officer), "trang hồ sơ");
		assertInert(page(get("/ho-so"), officer), "danh sách hồ sơ");
		assertInert(page(get("/ho-so/{id}", caseId), agency), "hồ sơ, phía cơ quan");
		assertInert(page(get("/thong-bao"), officer), "thông báo");
	}

	@Test
	void fakeNewsReportsAndConclusionsShowPayloadsAsText() throws Exception {
		var receipt = intake.fromOfficer(new ReportForm("Tin đồn " + CORPUS + " " + System.nanoTime(), "Facebook",
				"https://mxh.example/\"><script>alert('xss-link')</script>", null, null, false, null), List.of(), "xss-tingia");
		long id = jdbc.sql("select id from app.fake_news_report where tracking_code = ?").param(receipt.trackingCode())
			.query(Long.class).single();
		accounts.createIfAbsent("xss-tingia", TestUsers.PASSWORD, "Tổ tin giả", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("xss-lanhdao", TestUsers.PASSWORD, "Lãnh đạo", Set.of(Role.LEADER), null);
		CurrentUser factChecker = accounts.currentUser("xss-tingia");
		RequestPostProcessor team = TestUsers.as(accounts, "xss-tingia", Role.FACTCHECK, null);
		assertInert(page(get("/tin-gia/quan-ly/{id}", id), team), "phiếu tin giả");
		assertInert(page(get("/tin-gia/quan-ly"), team), "bàn tin giả");

		desk.screen(id, true, null, List.of(), factChecker);
		desk.propose(id, Verdict.FAKE, "Kết luận " + CORPUS, "Nguồn " + PAYLOADS.get(5), null, factChecker);
		desk.decide(id, true, null, accounts.currentUser("xss-lanhdao"));

		RequestPostProcessor anyone = request -> request;
		assertInert(page(get("/tin-gia/{id}", id), anyone), "trang kết luận công khai");
		assertInert(page(get("/tin-gia").param("q", CORPUS), anyone), "tìm kết luận");
		assertNothingRuns(page(get("/tin-gia/tra-cuu").param("ma", CORPUS), anyone), "tra cứu với mã độc");
		String rss = mvc.perform(get("/tin-gia/rss")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rss).contains("xss-1").doesNotContain("<script>alert(", "<img src=x");
		assertThat(Jsoup.parse(rss, "", org.jsoup.parser.Parser.xmlParser()).select("item script, item img, item svg")).isEmpty();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, RequestPostProcessor user)
			throws Exception {
		var response = mvc.perform(request.with(user)).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The payload shows as text, and the document has nothing that would run it. */
	private static void assertInert(String html, String where) {
		assertNothingRuns(html, where);
		assertThat(Jsoup.parse(html).text()).as(where + " shows the payload as text").contains("alert('xss-1')");
	}

	private static void assertNothingRuns(String html, String where) {
		Document page = Jsoup.parse(html);
		List<String> problems = new ArrayList<>();
		for (Element script : page.select("script")) {
			boolean data = script.attr("type").equals("application/ld+json");
			if (!script.hasAttr("src") && !data) {
				problems.add("inline script: " + script.outerHtml());
			}
			if (data && script.data().contains("<")) {
				problems.add("unescaped < in JSON-LD");
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
				if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
					problems.add("event handler: " + element.tagName() + " " + attribute);
				}
				if (Set.of("href", "src", "action", "formaction").contains(attribute.getKey())
						&& (value.startsWith("javascript:") || value.startsWith("data:text/html"))) {
					problems.add("script URL: " + element.tagName() + " " + attribute);
				}
			}
		}
		problems.addAll(page.select("iframe, object, embed, svg[onload], img[src=x]").stream().map(Element::outerHtml).toList());
		assertThat(problems).as(where).isEmpty();
	}
}
