package vn.diembao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.diembao.demo.FixtureSite;
import vn.diembao.support.Csv;
import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleExtractorTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	private static FixtureSite site;

	private final ArticleExtractor extractor = new ArticleExtractor();

	@BeforeAll
	static void startSite() throws IOException {
		site = new FixtureSite(0, TODAY);
	}

	@AfterAll
	static void stopSite() {
		site.close();
	}

	static Stream<Map<String, String>> demoPages() {
		return Csv.read("demo-expectations.csv").stream().filter(row -> row.get("page_exists").equals("true"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoPages")
	void extractsTitleBodyDateAndAuthorOfEveryDemoOutletLayout(Map<String, String> expected) throws Exception {
		URI uri = URI.create(site.baseUrl() + "/" + expected.get("outlet_dir") + "/" + expected.get("file"));
		byte[] html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).body();

		ExtractedArticle article = extractor.extract(html, Optional.of(StandardCharsets.UTF_8), uri);

		assertThat(article.title()).isEqualTo(expected.get("title"));
		assertThat(article.body()).startsWith(expected.get("first_body_sentence"));
		assertThat(article.body()).doesNotContain("Tin liên quan", "Ý kiến", "Đọc nhiều", "Xem nhiều", "googletag", "adsbygoogle");
		if (!expected.get("author").isEmpty()) {
			assertThat(article.author()).isEqualTo(expected.get("author"));
			assertThat(article.body()).doesNotEndWith(expected.get("author"));
		}
		LocalTime time = LocalTime.parse(expected.get("published_hhmm"));
		assertThat(article.publishedAt()).isEqualTo(TODAY.minusDays(Long.parseLong(expected.get("published_days_ago")))
			.atTime(time).atZone(VIETNAM).toInstant());
	}

	@Test
	void extractsTheRealVnExpressFixtureFromShared() throws IOException {
		Path fixtures = SharedData.require("fixtures/vn-news");
		JsonNode truth = new ObjectMapper().readTree(fixtures.resolve("truth.json").toFile()).elements().next();
		byte[] html;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(fixtures.resolve(truth.get("file").asText())))) {
			html = in.readAllBytes();
		}

		ExtractedArticle article = extractor.extract(html, Optional.empty(), URI.create(truth.get("url").asText()));

		assertThat(article.title()).isEqualTo(truth.get("title").asText());
		assertThat(article.lead()).isEqualTo(truth.get("lead").asText());
		assertThat(article.author()).isEqualTo(truth.get("author").asText());
		assertThat(article.body()).startsWith(truth.get("firstSentence").asText());
		assertThat(article.body()).endsWith(truth.get("lastSentence").asText());
		assertThat(article.publishedAt()).isEqualTo(java.time.OffsetDateTime.parse(truth.get("datePublished").asText()).toInstant());
	}

	@Test
	void readsAWindows1258PageWhoseHeaderDeclaresNoCharset() {
		// Windows-1258 writes tone marks as combining characters after the letter: "Đa\u0300 La\u0323t"
		String page = "<html><head><meta charset=\"windows-1258\"><title>x</title></head><body><h1>Đa\u0300 La\u0323t</h1>"
				+ "<div class=\"content\"><p>Tha\u0300nh ph\u00f4\u0301 Đa\u0300 La\u0323t đo\u0301n h\u01a1n m\u00f4\u0323t triê\u0323u lượt khách.</p></div></body></html>";
		byte[] bytes = page.replace("ượ", "\u01b0\u01a1\u0323").getBytes(Charset.forName("windows-1258"));

		ExtractedArticle article = extractor.extract(bytes, Optional.empty(), URI.create("https://example.vn/a.html"));

		assertThat(article.title()).isEqualTo("Đà Lạt");
		assertThat(article.body()).startsWith("Thành phố Đà Lạt đón hơn một triệu");
	}

	@Test
	void prefersThePageCharsetWhenTheHeaderLies() {
		String page = "<html><head><meta charset=\"utf-8\"></head><body><h1>Bảo Lộc</h1><article><p>"
				+ "Chè Bảo Lộc được xuất khẩu sang nhiều thị trường châu Âu trong năm nay.</p></article></body></html>";

		ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8),
				Optional.of(Charset.forName("ISO-8859-1")), URI.create("https://example.vn/b.html"));

		assertThat(article.title()).isEqualTo("Bảo Lộc");
	}

	@Test
	void refusesAPageWithoutArticleTextWithAClearMessage() {
		byte[] html = "<html><body><nav><a href='/'>Trang chủ</a></nav><h1>Trang lỗi</h1></body></html>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> extractor.extract(html, Optional.empty(), URI.create("https://example.vn/c.html")))
			.isInstanceOf(FetchException.class)
			.hasMessageContaining("Không tìm thấy nội dung bài viết");
	}

	@Test
	void survivesBrokenHtml() {
		byte[] html = "<html><body><h1>Tiêu đề <b>dở dang<div class='detail'><p>Đoạn văn đầu tiên của bài báo bị cắt giữa chừng vì lỗi máy chủ"
			.getBytes(StandardCharsets.UTF_8);

		ExtractedArticle article = extractor.extract(html, Optional.empty(), URI.create("https://example.vn/d.html"));

		assertThat(article.body()).startsWith("Đoạn văn đầu tiên");
		assertThat(List.of(article.title())).isNotEmpty();
	}
}
