package vn.diembao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing pages: article links only, by default or by the source's rules; navigation, related and comments ignored. */
class ListingReaderTests {

	private static final URI PAGE = URI.create("https://www.baothu.example.vn/thoi-su/");

	private final ListingReader reader = new ListingReader();

	@Test
	void theDefaultRuleTakesArticleLinksOfTheMainAreaOnly() throws IOException {
		var entries = reader.read(fixture(), Optional.empty(), PAGE, LinkRules.DEFAULT);

		assertThat(links(entries)).containsExactly("https://www.baothu.example.vn/thoi-su/da-lat-khoi-cong-duong-vanh-dai-phia-bac.html",
				"https://www.baothu.example.vn/kinh-te/bao-loc-mo-rong-vung-che-post123456.html?utm_source=listing",
				"https://www.baothu.example.vn/video/clip-le-hoi-hoa-da-lat-nam-nay-987654.html");
		assertThat(entries.get(0).title()).isEqualTo("Đà Lạt khởi công đường vành đai phía Bắc");
	}

	@Test
	void anExcludeExpressionDropsMatchingLinks() throws IOException {
		var entries = reader.read(fixture(), Optional.empty(), PAGE, new LinkRules(null, null, "/video/"));

		assertThat(links(entries)).hasSize(2).noneMatch(link -> link.contains("/video/"));
	}

	@Test
	void aSelectorOnTheSourcePicksTheLinksItNamesAndTheIncludeExpressionNarrowsThem() throws IOException {
		var entries = reader.read(fixture(), Optional.empty(), PAGE, new LinkRules("article.story h3", "post\\d+\\.html", null));

		assertThat(links(entries)).containsExactly(
				"https://www.baothu.example.vn/kinh-te/bao-loc-mo-rong-vung-che-post123456.html?utm_source=listing");
	}

	@Test
	void aSelectorMayNameTheLinksThemselves() throws IOException {
		var entries = reader.read(fixture(), Optional.empty(), PAGE, new LinkRules(".most-read a", null, null));

		assertThat(links(entries)).containsExactly("https://www.baothu.example.vn/xa-hoi/bai-doc-nhieu-nhat-trong-tuan-333333.html");
	}

	@Test
	void aPageWithoutMainUsesTheBodyWithoutItsNoise() {
		String html = "<html><body><div class=\"menu\"><a href=\"/chuyen-muc-rat-dai-cua-trang-bao.html\">x</a></div>"
				+ "<ul><li><a href=\"/tin/12345678\">Tin số</a></li><li><a href=\"/ngan\">Ngắn</a></li></ul></body></html>";

		var entries = reader.read(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), URI.create("http://baothu.example.vn/tin/"),
				LinkRules.DEFAULT);

		assertThat(links(entries)).containsExactly("http://baothu.example.vn/tin/12345678");
	}

	@Test
	void articleLookingPaths() {
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/thoi-su/mot-hai-ba-bon.html"))).isTrue();
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/bai-viet-123456.htm"))).isTrue();
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/news/2024/11/18/987654/"))).isTrue();
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/thoi-su/"))).isFalse();
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/tag/da-lat"))).isFalse();
		assertThat(ListingReader.looksLikeArticle(URI.create("https://a.vn/"))).isFalse();
	}

	@Test
	void rulesAreValidatedWithVietnameseMessages() {
		assertThat(new LinkRules("div.list-news a", "\\d+\\.html$", "/video/").errors()).isEmpty();
		assertThat(new LinkRules("div[", null, null).errors()).containsKey("linkSelector")
			.hasEntrySatisfying("linkSelector", message -> assertThat(message).startsWith("Bộ chọn CSS không hợp lệ"));
		assertThat(new LinkRules(null, "(", "[a-").errors()).containsOnlyKeys("linkInclude", "linkExclude")
			.hasEntrySatisfying("linkInclude", message -> assertThat(message).contains("không hợp lệ"));
		assertThat(new LinkRules("  ", "", null).isDefault()).isTrue();
	}

	static byte[] fixture() throws IOException {
		try (InputStream in = ListingReaderTests.class.getResourceAsStream("/ingest/listing/chuyen-muc.html")) {
			return in.readAllBytes();
		}
	}

	private static List<String> links(List<FeedReader.FeedEntry> entries) {
		return entries.stream().map(e -> e.link().toString()).toList();
	}
}
