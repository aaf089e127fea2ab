package vn.diembao.ingest;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.Outlets;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every article keeps its page as fetched, immutable, and “bản lưu” shows it without ever running its scripts. */
@DiembaoTest
class EvidenceTests {

	static final String HOSTILE = """
			<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Xả thải ra suối Đắk Nông</title>
			<script>document.cookie='stolen'</script><style>body{display:none}</style></head>
			<body onload="alert('onload')"><article><h1>Xả thải ra suối Đắk Nông</h1>
			<p>Người dân phường Nam Gia Nghĩa phản ánh nước suối chuyển màu nâu đen, bốc mùi chua nồng nhiều ngày liền.</p>
			<p>Nhà máy cho biết đang kiểm tra hệ thống xử lý nước thải <img src="x" onerror="alert('img')">.</p>
			<p><a href="javascript:alert('link')">Xem thêm</a> <iframe src="https://tracker.example/"></iframe></p>
			<script>alert('xss')</script><svg onload="alert('svg')"></svg>
			</article></body></html>""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	Evidence evidence;

	@Autowired
	JdbcClient jdbc;

	private static long articleId;

	/** Once per class: the same outlet publishing the same text again would (rightly) not be stored again. */
	@BeforeEach
	void collectAHostilePage() throws Exception {
		if (articleId != 0) {
			return;
		}
		try (LocalSite site = new LocalSite()) {
			collect(site);
		}
	}

	private void collect(LocalSite site) {
		fetcher.allowHost(site.hostAndPort());
		site.html("/xa-thai.html", HOSTILE);
		site.rss("/rss.xml", LocalSite.feed(new String[] { "x", site.url("/xa-thai.html"), "Xả thải" }));
		long outletId = outlets.register("Báo Bằng Chứng (thử nghiệm)", "bangchung.evidence.test", "online newspaper").id();
		long sourceId = sources.registerFeed(outletId, site.url("/rss.xml"));
		sources.pollNow(sourceId);
		articleId = jdbc.sql("select max(id) from app.article where source_id = ?").param(sourceId).query(Long.class).single();
	}

	@Test
	void theSnapshotIsThePageAsFetchedWithItsSha256AndFetchTime() {
		ArticleSnapshot snapshot = evidence.snapshot(articleId).orElseThrow();
		byte[] served = HOSTILE.getBytes(StandardCharsets.UTF_8);
		assertThat(evidence.content(articleId)).hasValue(served);
		assertThat(snapshot.sha256()).isEqualTo(Evidence.sha256(served));
		assertThat(snapshot.sizeBytes()).isEqualTo(served.length);
		assertThat(snapshot.fetchedAt()).isNotNull();
		assertThat(snapshot.url()).endsWith("/xa-thai.html");
	}

	@Test
	void theSnapshotCannotBeChangedOrDeleted() {
		assertThatThrownBy(() -> jdbc.sql("update app.article_snapshot set sha256 = 'x' where article_id = ?").param(articleId).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("evidence");
		assertThatThrownBy(() -> jdbc.sql("delete from app.article_snapshot where article_id = ?").param(articleId).update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theSnapshotPageShowsTheTextButNoExecutableMarkup() throws Exception {
		String html = mvc.perform(get("/bai/{id}/ban-luu", articleId).with(TestUsers.officer(accounts)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		Element content = page.selectFirst(".snapshot-content");
		assertThat(content.text()).contains("nước suối chuyển màu nâu đen", "Xem thêm");
		assertThat(content.select("script, style, iframe, svg, img, object, embed, form")).isEmpty();
		assertThat(content.getAllElements()).allSatisfy(element -> {
			assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().toLowerCase().startsWith("on"));
			assertThat(element.attr("href")).doesNotStartWithIgnoringCase("javascript:");
		});
		assertThat(html).doesNotContain("alert('xss')", "document.cookie", "onerror=");
		// the page's own scripts are ours only (htmx from the webjar), and the CSP forbids inline ones anyway
		assertThat(page.select("script")).allSatisfy(script -> assertThat(script.attr("src")).startsWith("/webjars/"));
		assertThat(page.select("#sha256").text()).isEqualTo(evidence.snapshot(articleId).orElseThrow().sha256());
	}

	@Test
	void theOriginalIsServedAsSandboxedPlainText() throws Exception {
		mvc.perform(get("/bai/{id}/ban-luu/goc", articleId).with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(header().string("Content-Security-Policy", "sandbox; default-src 'none'"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theSnapshotIsBehindLogin() throws Exception {
		mvc.perform(get("/bai/{id}/ban-luu", articleId)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/bai/{id}/ban-luu/goc", articleId)).andExpect(redirectedUrlPattern("**/login"));
	}
}
