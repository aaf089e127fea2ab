package vn.diembao;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.demo.FixtureSite;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.Outlets;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.ingest.Sources;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The walking skeleton end to end over HTTP: a local outlet's RSS feed is polled, its article extracted and
 * classified, the officer opens a case from the inbox, the agency replies, the officer accepts, the case closes,
 * and the article is in today's bulletin.
 */
@DiembaoTest
class WalkingSkeletonTests {

	private static final String TITLE = "Dân tố cát tặc ngang nhiên hút cát trên sông Đồng Nai, xã làm ngơ";

	private static FixtureSite site;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Outlets outlets;

	@Autowired
	Sources sources;

	@Autowired
	Agencies agencies;

	@Autowired
	SafeFetcher fetcher;

	@BeforeAll
	static void startOutletSite() throws IOException {
		site = new FixtureSite(0, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	@AfterAll
	static void stopOutletSite() {
		site.close();
	}

	@Test
	void anArticleTravelsFromFeedToClosedCaseAndIntoTodaysBulletin() throws Exception {
		RequestPostProcessor officer = TestUsers.officer(accounts);
		RequestPostProcessor agency = TestUsers.agency(accounts, "so-nnmt");
		RequestPostProcessor otherAgency = TestUsers.agency(accounts, "so-ct");
		RequestPostProcessor leader = TestUsers.leader(accounts);
		fetcher.allowHost(site.hostAndPort());
		long outletId = outlets.register("Cao Nguyên (thử nghiệm)", "caonguyen.e2e.test", "online newspaper").id();
		long sourceId = sources.registerFeed(outletId, site.baseUrl() + "/cao-nguyen/rss.xml");

		// 1. ingest: "Thu thập ngay" polls the feed and fetches every new item's page
		MvcResult poll = mvc.perform(post("/nguon/{id}/thu-ngay", sourceId).with(officer).with(csrf()))
			.andExpect(redirectedUrl("/nguon"))
			.andReturn();
		assertThat((String) poll.getFlashMap().get("message")).contains("10 bài mới", "1 bài lỗi");

		// 2-3. classify, then the officer's inbox lists the relevant article
		await().atMost(Duration.ofSeconds(30)).until(() -> page(get("/tiep-nhan"), officer).text().contains(TITLE));
		Document inbox = page(get("/tiep-nhan"), officer);
		String articleId = inbox.select("#inbox tr:contains(" + TITLE + ")").attr("id").replace("article-", "");
		assertThat(inbox.text()).doesNotContain("Thép Xanh Nam Định"); // not about the province

		// 3. "cần phản hồi" with an agency opens the case
		long agencyId = agencies.byCode("so-nnmt").orElseThrow().id();
		MvcResult opened = mvc.perform(post("/tiep-nhan/{id}/can-phan-hoi", articleId).with(officer).with(csrf())
			.param("agencyIds", String.valueOf(agencyId))
			.param("issue", "Đề nghị xác minh việc khai thác cát trái phép và trách nhiệm của UBND xã")
			.param("severity", "NORMAL")).andExpect(redirectedUrlPattern("/ho-so/*")).andReturn();
		String caseUrl = opened.getResponse().getRedirectedUrl();

		// 4. the agency sees it in "Việc cần xử lý" and replies; another agency does not see it
		Document tasks = page(get("/viec-can-xu-ly"), agency);
		assertThat(tasks.text()).contains(TITLE);
		assertThat(page(get("/viec-can-xu-ly"), otherAgency).text()).doesNotContain(TITLE);
		String taskUrl = tasks.select("a.list-group-item:contains(" + TITLE + ")").attr("href");
		assertThat(page(get(taskUrl), agency).text()).contains("khai thác cát trái phép");
		mvc.perform(post(taskUrl).with(agency).with(csrf())
			.param("text", "UBND xã đã phối hợp Công an tỉnh kiểm tra, lập biên bản 2 phương tiện hút cát trái phép.")
			.param("documentNumber", "245/UBND-KT")
			.param("documentDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()))
			.andExpect(redirectedUrl("/viec-can-xu-ly"));
		assertThat(page(get("/viec-can-xu-ly"), agency).text()).doesNotContain(TITLE);

		// 4. the officer accepts the reply and the case closes, with its history
		Document awaitingReview = page(get(caseUrl), officer);
		assertThat(awaitingReview.text()).contains("245/UBND-KT", "Đã phản hồi, chờ thẩm định");
		String reviewAction = awaitingReview.select("form[action*=/ho-so/tham-dinh/]").attr("action");
		mvc.perform(post(reviewAction).with(officer).with(csrf()).param("accepted", "true")
			.param("caseId", caseUrl.substring(caseUrl.lastIndexOf('/') + 1))).andExpect(redirectedUrl(caseUrl));
		Document closed = page(get(caseUrl), officer);
		assertThat(closed.select("#case-status").text()).isEqualTo("Đã xong");
		assertThat(closed.select("#history li")).extracting(li -> li.select("strong").text())
			.containsExactly("Mở hồ sơ", "Gửi phản hồi", "Chấp nhận phản hồi", "Đóng hồ sơ");

		// 5. today's "Điểm báo Lâm Đồng hàng ngày" lists the article among the problems
		Document bulletin = page(get("/diem-bao/hang-ngay"), leader);
		assertThat(bulletin.select("section.problems").text()).contains(TITLE);
		assertThat(bulletin.text()).contains("BẢN TIN ĐIỂM BÁO LÂM ĐỒNG HÀNG NGÀY");
	}

	@Test
	void pollingTheSameFeedAgainStoresNothingTwice() throws Exception {
		fetcher.allowHost(site.hostAndPort());
		long outletId = outlets.register("Báo Mới Nóng (thử nghiệm)", "baomoinong.e2e.test", "online newspaper").id();
		long sourceId = sources.registerFeed(outletId, site.baseUrl() + "/baomoi-nong/rss.xml");

		var first = sources.pollNow(sourceId);
		var second = sources.pollNow(sourceId);

		assertThat(first.newArticles()).isEqualTo(10);
		assertThat(second.itemsSeen()).isZero();
		assertThat(second.newArticles()).isZero();
		assertThat(sources.find(sourceId).orElseThrow().articleCount()).isEqualTo(10);
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor user) throws Exception {
		String html = mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}
}
