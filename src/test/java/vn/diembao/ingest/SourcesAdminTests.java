package vn.diembao.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** “Nguồn thu thập” for administrators and officers: adding, switching, intervals, health, and “fetch now”. */
@DiembaoTest
class SourcesAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Outlets outlets;

	@Autowired
	Sources sources;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	JdbcClient jdbc;

	private LocalSite site;
	private RequestPostProcessor admin;
	private long outletId;

	@BeforeEach
	void setUp() throws Exception {
		site = new LocalSite();
		fetcher.allowHost(site.hostAndPort());
		admin = TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);
		outletId = outlets.register("Báo Quản Trị (thử nghiệm)", "quantri.sources.test", "online newspaper").id();
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	@Test
	void anAdministratorAddsASourceThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outletId\": " + outletId + ", \"url\": \"HTTPS://Quantri.Sources.Test/rss/home.rss\", \"pollIntervalMinutes\": 20}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/sources/")))
			.andExpect(jsonPath("$.url").value("https://quantri.sources.test/rss/home.rss"))
			.andExpect(jsonPath("$.kind").value("RSS"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.pollIntervalSeconds").value(1200));
	}

	@Test
	void aSourceThatIsNotHttpIsRefusedWithAVietnameseMessagePerField() throws Exception {
		mvc.perform(post("/api/v1/sources").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"ftp://quantri.sources.test/feed\", \"pollIntervalMinutes\": 1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.url").value("Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://."))
			.andExpect(jsonPath("$.errors.outletId").value("Chọn cơ quan báo chí của nguồn."))
			.andExpect(jsonPath("$.errors.pollIntervalMinutes").value("Chu kỳ thu thập phải từ 5 đến 1440 phút."));
	}

	@Test
	void aDuplicateAddressIsAConflictThatNamesTheExistingSource() throws Exception {
		long existing = sources.registerFeed(outletId, "https://quantri.sources.test/rss/trung.rss");
		mvc.perform(post("/api/v1/sources").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outletId\": " + outletId + ", \"url\": \" https://quantri.sources.test/rss/trung.rss \"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors.url", containsString("Nguồn với địa chỉ này đã có (số " + existing)));
	}

	@Test
	void theFormShowsItsErrorsNextToTheFields() throws Exception {
		Document page = page(mvc.perform(post("/nguon").with(admin).with(csrf())
			.param("outletId", String.valueOf(outletId)).param("url", "javascript:alert(1)").param("kind", "RSS"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#url.is-invalid")).hasSize(1);
		assertThat(page.select("#add-source .invalid-feedback").text()).contains("http:// hoặc https://");
		assertThat(page.select("#url").val()).isEqualTo("javascript:alert(1)");
	}

	@Test
	void theFormAddsASourceAndTheListShowsIt() throws Exception {
		mvc.perform(post("/nguon").with(admin).with(csrf()).param("outletId", String.valueOf(outletId))
			.param("url", "https://quantri.sources.test/sitemap.xml").param("kind", "SITEMAP").param("enabled", "true"))
			.andExpect(redirectedUrl("/nguon"));
		Document page = view("/nguon", admin);
		assertThat(page.select("#sources tr:contains(quantri.sources.test/sitemap.xml)").text()).contains("SITEMAP", "đang bật");
	}

	@Test
	void disablingAndChangingTheIntervalAreKeptAndShown() throws Exception {
		long id = sources.registerFeed(outletId, "https://quantri.sources.test/rss/doi.rss");
		mvc.perform(post("/nguon/{id}/tat", id).with(admin).with(csrf())).andExpect(redirectedUrl("/nguon"));
		mvc.perform(patch("/api/v1/sources/{id}", id).with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"pollIntervalMinutes\": 90}")).andExpect(jsonPath("$.pollIntervalSeconds").value(5400));
		mvc.perform(post("/nguon/{id}/chu-ky", id).with(admin).with(csrf()).param("phut", "3"))
			.andExpect(redirectedUrl("/nguon"))
			.andExpect(result -> assertThat((String) result.getFlashMap().get("error")).contains("từ 5 đến 1440 phút"));

		SourceView source = sources.find(id).orElseThrow();
		assertThat(source.enabled()).isFalse();
		assertThat(source.pollIntervalMinutes()).isEqualTo(90);
		Document page = view("/nguon", TestUsers.officer(accounts));
		assertThat(page.select("#source-" + id).text()).contains("đang tắt", "Bật");
		assertThat(page.select("#source-" + id + " input[name=phut]").val()).isEqualTo("90");
	}

	@Test
	void aLeaderCannotAddSources() throws Exception {
		mvc.perform(post("/api/v1/sources").with(TestUsers.leader(accounts)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void fetchNowWithHtmxShowsProgressUntilTheOutcome() throws Exception {
		site.rss("/rss.xml", LocalSite.feed(new String[] { "a1", site.url("/bai-1.html"), "Bài một" },
				new String[] { "a2", site.url("/bai-2.html"), "Bài hai" }));
		site.html("/bai-1.html", LocalSite.article("Đà Lạt mở lễ hội hoa quản trị",
				"Lễ hội hoa Đà Lạt năm nay có hơn 300 hoạt động kéo dài suốt một tháng trên khắp thành phố.",
				"Ban tổ chức dự kiến đón hơn một triệu lượt khách trong dịp lễ hội."));
		site.handle("/bai-2.html", exchange -> LocalSite.respond(exchange, 500, "text/plain", "lỗi"));
		long id = sources.registerFeed(outletId, site.url("/rss.xml"));

		Document started = page(mvc.perform(post("/nguon/{id}/thu-ngay", id).with(admin).with(csrf())
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(started.select("#poll-" + id).attr("hx-get")).isEqualTo("/nguon/" + id + "/trang-thai");
		assertThat(started.select("#poll-" + id).attr("hx-trigger")).isEqualTo("every 1s");

		await().atMost(Duration.ofSeconds(30)).until(() -> !view("/nguon/" + id + "/trang-thai", admin)
			.select("#poll-" + id).hasAttr("hx-trigger"));
		Document done = view("/nguon/" + id + "/trang-thai", admin);
		assertThat(done.text()).contains("1 bài mới", "1 bài lỗi");
		assertThat(done.select("script")).isEmpty();
		mvc.perform(get("/api/v1/sources/{id}/poll", id).with(admin)).andExpect(jsonPath("$.running").value(false));
	}

	@Test
	void theHealthColumnsShowRateErrorsAndWarningFlags() throws Exception {
		long id = sources.registerFeed(outletId, "https://quantri.sources.test/rss/suc-khoe.rss");
		// an outlet that published every 2 hours for a week, then nothing for 3 days
		for (int i = 0; i < 14; i++) {
			jdbc.sql("""
					insert into app.article (source_id, outlet_id, url, title, body, content_hash, extraction_method, fetched_at)
					values (?, ?, ?, 'Tin', 'Nội dung', ?, 'dom', now() - interval '3 days' - make_interval(hours => ?))""")
				.params(id, outletId, "https://quantri.sources.test/tin-" + i, "hash-suc-khoe-" + i, 2 * i).update();
		}
		jdbc.sql("update app.source set last_new_item_at = now() - interval '3 days', error_streak = 2, last_error = 'Máy chủ trả về mã 503' where id = ?")
			.param(id).update();
		for (int i = 0; i < 5; i++) {
			jdbc.sql("""
					insert into app.feed_item (source_id, url, status, attempts, failure_kind, attempted_at)
					values (?, ?, ?, 1, ?, now() - make_interval(mins => ?))""")
				.params(id, "https://quantri.sources.test/muc-" + i, i < 3 ? "FAILED" : "FETCHED", i < 3 ? "EXTRACT" : null, i)
				.update();
		}

		Document page = view("/nguon", admin);
		var row = page.select("#source-" + id);
		assertThat(row.select(".items-per-day").text()).isEqualTo("2,0");
		assertThat(row.select(".error-streak").text()).isEqualTo("2");
		assertThat(row.select(".last-error").text()).isEqualTo("Máy chủ trả về mã 503");
		assertThat(row.select(".flag-silent").text()).isEqualTo("im lặng bất thường");
		assertThat(row.select(".flag-layout").text()).isEqualTo("có thể đổi bố cục");
	}

	private Document view(String url, RequestPostProcessor user) throws Exception {
		return page(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(user))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}
}
