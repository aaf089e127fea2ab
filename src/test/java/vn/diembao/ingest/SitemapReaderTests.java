package vn.diembao.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** News sitemaps and sitemap indexes: recent entries only, titles and dates from Google News, gzip, bounded. */
class SitemapReaderTests {

	private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
	private static final String SITE = "https://baothu.example.vn";

	private final Map<String, byte[]> served = new HashMap<>();
	private final List<String> fetched = new ArrayList<>();
	private final SitemapReader reader = new SitemapReader(uri -> {
		fetched.add(uri.toString());
		byte[] body = served.get(uri.toString());
		if (body == null) {
			throw new FetchException("HTTP 404 " + uri);
		}
		return resource(uri.toString(), "application/xml", body);
	}, Duration.ofDays(3), Clock.fixed(NOW, ZoneOffset.UTC));

	static final String NEWS_SITEMAP = """
			<?xml version="1.0" encoding="UTF-8"?>
			<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
			        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
			  <url>
			    <loc>https://baothu.example.vn/da-lat-mo-rong-duong-vanh-dai-phia-bac-12345.html</loc>
			    <news:news>
			      <news:publication><news:name>Báo Thử</news:name><news:language>vi</news:language></news:publication>
			      <news:publication_date>2026-11-19T08:30:00+07:00</news:publication_date>
			      <news:title>Đà Lạt mở rộng đường vành đai phía Bắc</news:title>
			    </news:news>
			  </url>
			  <url>
			    <loc>https://baothu.example.vn/bao-loc-thu-hoach-che-12346.html</loc>
			    <lastmod>2026-11-18T10:00:00+07:00</lastmod>
			  </url>
			  <url>
			    <loc>https://baothu.example.vn/bai-cu-tu-nam-ngoai-10001.html</loc>
			    <news:news>
			      <news:publication><news:name>Báo Thử</news:name><news:language>vi</news:language></news:publication>
			      <news:publication_date>2026-11-01T08:30:00+07:00</news:publication_date>
			      <news:title>Bài cũ</news:title>
			    </news:news>
			  </url>
			  <url><loc>https://baothu.example.vn/khong-co-ngay-10002.html</loc></url>
			  <url>
			    <loc>https://trang-khac.example.com/bai-cua-trang-khac-10003.html</loc>
			    <lastmod>2026-11-19T10:00:00+07:00</lastmod>
			  </url>
			</urlset>
			""";

	@Test
	void aNewsSitemapGivesItsRecentSameHostEntriesWithTitlesAndDates() {
		var entries = reader.read(resource(SITE + "/sitemaps/news.xml", "application/xml", NEWS_SITEMAP.strip().getBytes(StandardCharsets.UTF_8)));

		assertThat(entries).extracting(e -> e.link().toString()).containsExactly(
				SITE + "/da-lat-mo-rong-duong-vanh-dai-phia-bac-12345.html", SITE + "/bao-loc-thu-hoach-che-12346.html");
		assertThat(entries.get(0).title()).isEqualTo("Đà Lạt mở rộng đường vành đai phía Bắc");
		assertThat(entries.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-19T01:30:00Z"));
		assertThat(entries.get(1).title()).isNull();
		assertThat(entries.get(1).publishedAt()).isEqualTo(Instant.parse("2026-11-18T03:00:00Z"));
	}

	@Test
	void anIndexIsFollowedToItsThreeNewestChildrenOnTheSameHostIncludingAGzippedOne() throws IOException {
		served.put(SITE + "/sitemaps/2026-11-20.xml.gz", gzip(urlset("/hom-nay-khanh-thanh-cau-moi-20001.html", "2026-11-20T07:00:00+07:00")));
		served.put(SITE + "/sitemaps/2026-11-19.xml", urlset("/hom-qua-hop-bao-tinh-20002.html", "2026-11-19T07:00:00+07:00"));
		served.put(SITE + "/sitemaps/2026-11-18.xml", urlset("/hom-kia-mua-lon-tai-dam-rong-20003.html", "2026-11-18T07:00:00+07:00"));
		served.put(SITE + "/sitemaps/2026-11-17.xml", urlset("/bon-ngay-truoc-hoi-cho-20004.html", "2026-11-17T07:00:00+07:00"));
		String index = """
				<?xml version="1.0" encoding="UTF-8"?>
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <sitemap><loc>https://baothu.example.vn/sitemaps/2026-11-17.xml</loc><lastmod>2026-11-17T23:00:00+07:00</lastmod></sitemap>
				  <sitemap><loc>https://baothu.example.vn/sitemaps/2026-11-19.xml</loc><lastmod>2026-11-19T23:00:00+07:00</lastmod></sitemap>
				  <sitemap><loc>https://cdn.example.com/sitemaps/ngoai.xml</loc><lastmod>2026-11-20T09:00:00+07:00</lastmod></sitemap>
				  <sitemap><loc>https://baothu.example.vn/sitemaps/2026-11-20.xml.gz</loc><lastmod>2026-11-20T09:00:00+07:00</lastmod></sitemap>
				  <sitemap><loc>https://baothu.example.vn/sitemaps/2026-11-18.xml</loc><lastmod>2026-11-18T23:00:00+07:00</lastmod></sitemap>
				  <sitemap><loc>https://baothu.example.vn/sitemaps/2024-01.xml</loc><lastmod>2024-01-31T23:00:00+07:00</lastmod></sitemap>
				</sitemapindex>
				""".strip();

		var entries = reader.read(resource(SITE + "/sitemap.xml", "text/xml", index.getBytes(StandardCharsets.UTF_8)));

		assertThat(fetched).containsExactly(SITE + "/sitemaps/2026-11-20.xml.gz", SITE + "/sitemaps/2026-11-19.xml",
				SITE + "/sitemaps/2026-11-18.xml");
		assertThat(entries).extracting(e -> URI.create(SITE).relativize(e.link()).toString()).containsExactly(
				"hom-nay-khanh-thanh-cau-moi-20001.html", "hom-qua-hop-bao-tinh-20002.html", "hom-kia-mua-lon-tai-dam-rong-20003.html");
	}

	@Test
	void aGzippedSitemapServedAsIsIsInflated() throws IOException {
		byte[] body = gzip(urlset("/nen-gzip-van-doc-duoc-30001.html", "2026-11-19T07:00:00+07:00"));

		var entries = reader.read(resource(SITE + "/sitemap-news.xml.gz", "application/x-gzip", body));

		assertThat(entries).singleElement().satisfies(e -> assertThat(e.link().getPath()).isEqualTo("/nen-gzip-van-doc-duoc-30001.html"));
	}

	@Test
	void anIndexWhoseChildrenAllFailFailsTheSourceWithTheReason() {
		String index = """
				<?xml version="1.0" encoding="UTF-8"?>
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <sitemap><loc>https://baothu.example.vn/sitemaps/mat.xml</loc></sitemap>
				</sitemapindex>
				""".strip();

		assertThatThrownBy(() -> reader.read(resource(SITE + "/sitemap.xml", "text/xml", index.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(FetchException.class)
			.hasMessageContaining("404");
	}

	@Test
	void somethingThatIsNoSitemapIsAClearError() {
		assertThatThrownBy(() -> reader.read(resource(SITE + "/sitemap.xml", "text/html",
				"<html><body>Không phải sitemap</body></html>".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(FetchException.class)
			.hasMessageContaining("Sitemap không hợp lệ");
	}

	@Test
	void brokenGzipIsAClearError() {
		byte[] broken = { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3 };

		assertThatThrownBy(() -> reader.read(resource(SITE + "/sitemap.xml.gz", "application/gzip", broken)))
			.isInstanceOf(FetchException.class)
			.hasMessageContaining("gzip");
	}

	static byte[] urlset(String path, String lastmod) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
				+ SITE + path + "</loc><lastmod>" + lastmod + "</lastmod></url></urlset>").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		return out.toByteArray();
	}

	private static FetchedResource resource(String uri, String contentType, byte[] body) {
		return new FetchedResource(URI.create(uri), 200, contentType, body, null, null, null);
	}
}
