package vn.diembao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.directory.Outlets;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SITEMAP and LISTING sources through the whole poll, and their link rules through the API and the form. */
@DiembaoTest
class LinkDiscoveryTests {

	private static final AtomicInteger OUTLETS = new AtomicInteger();

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	private LocalSite site;
	private long outletId;
	private RequestPostProcessor admin;

	@BeforeEach
	void setUp() throws IOException {
		site = new LocalSite();
		fetcher.allowHost(site.hostAndPort());
		int n = OUTLETS.incrementAndGet();
		outletId = outlets.register("Báo Liên Kết " + n + " (thử nghiệm)", "lienket" + n + ".discovery.test", "online newspaper").id();
		admin = TestUsers.as(accounts, "test-lienket", Role.ADMIN, null);
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	@Test
	void aListingSourceCollectsItsArticlesAndNothingFromNavigationRelatedOrComments() throws IOException {
		site.html("/thoi-su/", new String(ListingReaderTests.fixture(), StandardCharsets.UTF_8)
			.replace("https://www.baothu.example.vn", site.base()));
		article("/thoi-su/da-lat-khoi-cong-duong-vanh-dai-phia-bac.html", "Đà Lạt khởi công đường vành đai phía Bắc");
		article("/kinh-te/bao-loc-mo-rong-vung-che-post123456.html", "Bảo Lộc mở rộng vùng chè");
		article("/video/clip-le-hoi-hoa-da-lat-nam-nay-987654.html", "Lễ hội hoa Đà Lạt năm nay");
		// pages that exist but must never be collected from this listing
		article("/thoi-su/bai-lien-quan-khong-thuoc-chuyen-muc-111111.html", "Bài liên quan");
		article("/thoi-su/binh-luan-tro-den-bai-khac-cua-doc-gia-222222.html", "Bài bạn đọc nhắc");
		article("/xa-hoi/bai-doc-nhieu-nhat-trong-tuan-333333.html", "Bài đọc nhiều");
		article("/gioi-thieu-ve-bao-thu-va-toa-soan.html", "Giới thiệu");
		SourceView source = sources.add(new NewSource(outletId, site.url("/thoi-su/"), "LISTING", 30, false, null, null, "/video/"));

		PollResult result = sources.pollNow(source.id());

		assertThat(result.error()).isNull();
		assertThat(result.itemsSeen()).isEqualTo(2);
		assertThat(result.newArticles()).isEqualTo(2);
		assertThat(itemPaths(source.id())).containsExactlyInAnyOrder("/thoi-su/da-lat-khoi-cong-duong-vanh-dai-phia-bac.html",
				"/kinh-te/bao-loc-mo-rong-vung-che-post123456.html");
		assertThat(jdbc.sql("select title from app.article where source_id = ? order by title").param(source.id())
			.query(String.class).list()).containsExactly("Bảo Lộc mở rộng vùng chè", "Đà Lạt khởi công đường vành đai phía Bắc");

		assertThat(sources.pollNow(source.id()).newArticles()).isZero();
		assertThat(sources.find(source.id()).orElseThrow().articleCount()).isEqualTo(2);
	}

	@Test
	void aSitemapIndexSourceCollectsRecentArticlesFromItsNewestChildrenIncludingAGzippedOne() throws IOException {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
		article("/bai/hom-nay-khanh-thanh-cau-moi-20001.html", "Khánh thành cầu mới");
		article("/bai/hom-qua-hop-bao-cuoi-nam-20002.html", "Họp báo cuối năm");
		article("/bai/bai-cu-khong-lay-nua-20003.html", "Bài cũ");
		site.handle("/sitemaps/moi.xml.gz", exchange -> {
			byte[] body = SitemapReaderTests.gzip(newsSitemap("/bai/hom-nay-khanh-thanh-cau-moi-20001.html", "Khánh thành cầu mới", now.minusHours(2)));
			exchange.getResponseHeaders().set("Content-Type", "application/x-gzip");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		site.page("/sitemaps/hom-qua.xml", "application/xml",
				new String(newsSitemap("/bai/hom-qua-hop-bao-cuoi-nam-20002.html", "Họp báo cuối năm", now.minusDays(1)), StandardCharsets.UTF_8)
					.replace("</urlset>", "<url><loc>" + site.url("/bai/bai-cu-khong-lay-nua-20003.html") + "</loc><lastmod>"
							+ now.minusDays(20) + "</lastmod></url></urlset>"));
		site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<sitemap><loc>" + site.url("/sitemaps/moi.xml.gz") + "</loc><lastmod>" + now + "</lastmod></sitemap>"
				+ "<sitemap><loc>" + site.url("/sitemaps/hom-qua.xml") + "</loc><lastmod>" + now.minusDays(1) + "</lastmod></sitemap>"
				+ "</sitemapindex>");
		SourceView source = sources.add(new NewSource(outletId, site.url("/sitemap.xml"), "SITEMAP", 30, false));

		PollResult result = sources.pollNow(source.id());

		assertThat(result.error()).isNull();
		assertThat(result.newArticles()).isEqualTo(2);
		assertThat(itemPaths(source.id())).containsExactlyInAnyOrder("/bai/hom-nay-khanh-thanh-cau-moi-20001.html",
				"/bai/hom-qua-hop-bao-cuoi-nam-20002.html");
		assertThat(jdbc.sql("select title from app.feed_item where source_id = ? and url like '%20001.html'").param(source.id())
			.query(String.class).single()).isEqualTo("Khánh thành cầu mới");
	}

	@Test
	void anInvalidSelectorIsRefusedWithAVietnameseMessageByTheApiAndTheForm() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outletId\": " + outletId + ", \"url\": \"https://lienket.discovery.test/tag/da-lat\", \"kind\": \"LISTING\","
					+ " \"linkSelector\": \"div.list-news[\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.linkSelector", startsWith("Bộ chọn CSS không hợp lệ: div.list-news[")));
		mvc.perform(post("/api/v1/sources").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outletId\": " + outletId + ", \"url\": \"https://lienket.discovery.test/rss\", \"kind\": \"RSS\","
					+ " \"linkSelector\": \"a\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.linkSelector", startsWith("Quy tắc chọn liên kết chỉ dùng cho nguồn loại LISTING")));
		String page = mvc.perform(post("/nguon").with(admin).with(csrf()).param("outletId", String.valueOf(outletId))
			.param("url", "https://lienket.discovery.test/tim-kiem?q=da-lat").param("kind", "LISTING").param("linkInclude", "(")
			.param("enabled", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).select("#linkInclude.is-invalid")).hasSize(1);
	}

	@Test
	void theRulesOfAListingSourceAreChangedThroughTheApiAndTheForm() throws Exception {
		SourceView source = sources.add(new NewSource(outletId, "https://lienket" + outletId + ".discovery.test/thoi-su/", "LISTING", 30,
				false));
		mvc.perform(patch("/api/v1/sources/{id}", source.id()).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"linkSelector\": \".list-news h3 a\", \"linkExclude\": \"/video/\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.linkSelector").value(".list-news h3 a"))
			.andExpect(jsonPath("$.linkExclude").value("/video/"));
		mvc.perform(patch("/api/v1/sources/{id}", source.id()).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"linkSelector\": \"a:has(\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.linkSelector", startsWith("Bộ chọn CSS không hợp lệ")));
		mvc.perform(post("/nguon/{id}/quy-tac", source.id()).with(admin).with(csrf()).param("linkSelector", "")
			.param("linkInclude", "-\\d{6}\\.html$").param("linkExclude", ""))
			.andExpect(redirectedUrl("/nguon"));

		SourceView changed = sources.find(source.id()).orElseThrow();
		assertThat(changed.linkSelector()).isNull();
		assertThat(changed.linkInclude()).isEqualTo("-\\d{6}\\.html$");
		assertThat(changed.linkExclude()).isNull();
	}

	private void article(String path, String title) {
		site.html(path, LocalSite.article(title,
				title + ": theo UBND tỉnh, công trình được triển khai từ đầu năm và hoàn thành trước thời hạn hai tháng.",
				"Người dân địa phương cho biết " + title.toLowerCase() + " giúp việc đi lại, sản xuất thuận lợi hơn nhiều so với trước."));
	}

	private byte[] newsSitemap(String path, String title, OffsetDateTime published) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
				+ " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + site.url(path) + "</loc><news:news>"
				+ "<news:publication><news:name>Báo Thử</news:name><news:language>vi</news:language></news:publication>"
				+ "<news:publication_date>" + published + "</news:publication_date><news:title>" + title
				+ "</news:title></news:news></url></urlset>").getBytes(StandardCharsets.UTF_8);
	}

	private List<String> itemPaths(long sourceId) {
		return jdbc.sql("select url from app.feed_item where source_id = ?").param(sourceId).query(String.class).list()
			.stream().map(url -> java.net.URI.create(url).getPath()).toList();
	}
}
