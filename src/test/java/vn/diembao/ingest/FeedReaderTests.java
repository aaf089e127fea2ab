package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTests {

	private static final URI FEED = URI.create("https://bao.example.vn/rss/thoi-su.rss");

	private final FeedReader reader = new FeedReader();

	@Test
	void readsRssWithHtmlInDescriptionsAndRelativeLinks() {
		String rss = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Thời sự</title>
				<item><title>Lâm Đồng đón 17 triệu lượt khách</title><link>/lam-dong-don-khach-1.html</link>
				<description><![CDATA[<a href="/x"><img src="/a.jpg"></a></br>Du lịch Đà Lạt tăng trưởng mạnh.]]></description>
				<pubDate>Mon, 23 Nov 2026 08:30:00 +0700</pubDate></item>
				</channel></rss>""";

		var entries = reader.read(rss.getBytes(StandardCharsets.UTF_8), FEED);

		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.link()).isEqualTo(URI.create("https://bao.example.vn/lam-dong-don-khach-1.html"));
			assertThat(entry.summary()).isEqualTo("Du lịch Đà Lạt tăng trưởng mạnh.");
			assertThat(entry.publishedAt()).hasToString("2026-11-23T01:30:00Z");
		});
	}

	@Test
	void readsAtomAndAFeedDeclaredInAnotherCharset() {
		String atom = """
				<?xml version="1.0" encoding="ISO-8859-1"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
				<entry><title>Caf\u00e9 xu\u1ea5t kh\u1ea9u</title><link href="https://bao.example.vn/cafe.html"/>
				<id>urn:1</id><updated>2026-11-22T10:00:00+07:00</updated></entry></feed>""";
		byte[] bytes = atom.replace("xu\u1ea5t kh\u1ea9u", "export").getBytes(Charset.forName("ISO-8859-1"));

		var entries = reader.read(bytes, FEED);

		assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.title()).isEqualTo("Café export"));
	}

	@Test
	void recoversTheItemsOfATruncatedFeed() {
		byte[] broken = "<rss><channel><item><title>Thiếu thẻ đóng & ký tự lạ</title><link>/a.html</link></item><item><title>Cắt"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(reader.read(broken, FEED)).singleElement()
			.satisfies(entry -> assertThat(entry.title()).isEqualTo("Thiếu thẻ đóng & ký tự lạ"));
	}

	@Test
	void rejectsWhatIsNotAFeedWithAClearMessage() {
		byte[] notXml = "Xin lỗi, trang đang bảo trì".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> reader.read(notXml, FEED)).isInstanceOf(FetchException.class)
			.hasMessageContaining("không phải RSS/Atom hợp lệ");
	}

	@Test
	void rejectsAnHtmlPageServedInsteadOfTheFeed() {
		byte[] html = "<!DOCTYPE html><html><body>Trang chủ</body></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> reader.read(html, FEED)).isInstanceOf(FetchException.class);
	}

	@Test
	void refusesExternalEntities() {
		String xxe = """
				<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<rss version="2.0"><channel><title>&xxe;</title></channel></rss>""";
		assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8), FEED)).isInstanceOf(FetchException.class);
	}

	@Test
	void skipsItemsWithoutLinks() {
		String rss = """
				<rss version="2.0"><channel><title>T</title><item><title>Không có đường dẫn</title></item>
				<item><title>Có</title><link>https://bao.example.vn/co.html</link></item></channel></rss>""";
		assertThat(reader.read(rss.getBytes(StandardCharsets.UTF_8), FEED)).extracting(FeedReader.FeedEntry::title)
			.containsExactly("Có");
	}
}
