package vn.diembao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.directory.Outlets;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the whole poll: each case ends in a clear outcome recorded on the source or its item, the
 * other items are still collected, and polling again duplicates nothing.
 */
@DiembaoTest
class BadInputTests {

	private static final AtomicInteger OUTLETS = new AtomicInteger();

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	JdbcClient jdbc;

	private LocalSite site;
	private long outletId;

	@BeforeEach
	void setUp() throws IOException {
		site = new LocalSite();
		fetcher.allowHost(site.hostAndPort());
		int n = OUTLETS.incrementAndGet();
		outletId = outlets.register("Báo Lỗi " + n + " (thử nghiệm)", "loi" + n + ".badinput.test", "online newspaper").id();
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	@Test
	void aPageWithNoBodyFailsAsAnExtractionErrorAndTheOthersAreCollected() {
		site.html("/rong.html", "<html><head><title>Trang rỗng</title></head></html>");
		long sourceId = feedOf("/rong.html", goodArticle("/tot.html", "Đà Lạt trồng thêm mai anh đào"));

		PollResult result = sources.pollNow(sourceId);

		assertThat(result.newArticles()).isEqualTo(1);
		assertThat(result.failedItems()).isEqualTo(1);
		assertThat(item("/rong.html")).satisfies(item -> {
			assertThat(item.status()).isEqualTo("FAILED");
			assertThat(item.failureKind()).isEqualTo("EXTRACT");
			assertThat(item.lastError()).contains("Không tìm thấy nội dung bài viết");
		});
		assertThat(sources.find(sourceId).orElseThrow().lastError()).isNull();
	}

	@Test
	void duplicateGuidsWithinAFeedAreReadByTheirLinks() {
		String a = goodArticle("/a.html", "Lâm Đồng khởi công đường cao tốc");
		String b = goodArticle("/b.html", "Bảo Lộc mở rộng vùng trồng chè");
		site.rss("/rss.xml", LocalSite.feed(new String[] { "trung", a, "A" }, new String[] { "trung", a, "A lần nữa" },
				new String[] { "trung", b, "B" }));
		long sourceId = sources.registerFeed(outletId, site.url("/rss.xml"));

		PollResult result = sources.pollNow(sourceId);

		assertThat(result.itemsSeen()).isEqualTo(2);
		assertThat(result.newArticles()).isEqualTo(2);
	}

	@Test
	void aFeedThatChangesAllItsGuidsDuplicatesNothing() {
		String a = goodArticle("/a.html", "Đơn Dương được mùa cà chua");
		String b = goodArticle("/b.html", "Lạc Dương đón khách leo núi");
		site.rss("/rss.xml", LocalSite.feed(new String[] { "g1", a, "A" }, new String[] { "g2", b, "B" }));
		long sourceId = sources.registerFeed(outletId, site.url("/rss.xml"));
		assertThat(sources.pollNow(sourceId).newArticles()).isEqualTo(2);

		site.rss("/rss.xml", LocalSite.feed(new String[] { "moi-1", a, "A" }, new String[] { "moi-2", b + "?utm_source=rss", "B" }));
		PollResult again = sources.pollNow(sourceId);

		assertThat(again.itemsSeen()).isZero();
		assertThat(again.newArticles()).isZero();
		assertThat(sources.find(sourceId).orElseThrow().articleCount()).isEqualTo(2);
	}

	@Test
	void aSourceOnALoopbackAddressThatIsNotAllowListedIsRefusedOnTheSource() throws IOException {
		try (LocalSite internal = new LocalSite()) {
			internal.rss("/rss.xml", LocalSite.feed());
			long sourceId = sources.registerFeed(outletId, internal.url("/rss.xml"));

			PollResult result = sources.pollNow(sourceId);

			assertThat(result.succeeded()).isFalse();
			SourceView source = sources.find(sourceId).orElseThrow();
			assertThat(source.lastError()).contains("Từ chối truy cập địa chỉ nội bộ 127.0.0.1");
			assertThat(source.errorStreak()).isEqualTo(1);
		}
	}

	@Test
	void aFiftyMegabytePageOrFeedIsARecordedErrorAndNothingElseIsLost() {
		site.handle("/khong-lo.html", BadInputTests::fiftyMegabytes).handle("/khong-lo.xml", BadInputTests::fiftyMegabytes);
		long sourceId = feedOf("/khong-lo.html", goodArticle("/nho.html", "Di Linh thu hoạch cà phê sớm"));

		PollResult result = sources.pollNow(sourceId);

		assertThat(result.newArticles()).isEqualTo(1);
		assertThat(item("/khong-lo.html").lastError()).contains("Trang quá lớn");
		long hugeFeed = sources.registerFeed(outletId, site.url("/khong-lo.xml"));
		assertThat(sources.pollNow(hugeFeed).succeeded()).isFalse();
		assertThat(sources.find(hugeFeed).orElseThrow().lastError()).contains("Trang quá lớn");
	}

	@Test
	void anEndlessRedirectIsARecordedErrorAndNothingElseIsLost() {
		site.handle("/vong.html", exchange -> {
			exchange.getResponseHeaders().set("Location", "/vong.html?lan=" + System.nanoTime());
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		site.handle("/vong.xml", exchange -> {
			exchange.getResponseHeaders().set("Location", "/vong.xml");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		long sourceId = feedOf("/vong.html", goodArticle("/thang.html", "Cát Tiên phát hiện loài lan mới"));

		assertThat(sources.pollNow(sourceId).newArticles()).isEqualTo(1);
		assertThat(item("/vong.html").lastError()).contains("Quá nhiều lần chuyển hướng");
		long loopingFeed = sources.registerFeed(outletId, site.url("/vong.xml"));
		sources.pollNow(loopingFeed);
		assertThat(sources.find(loopingFeed).orElseThrow().lastError()).contains("Quá nhiều lần chuyển hướng");
	}

	@Test
	void pollingAgainAfterAFailedItemCollectsItOnceAndDuplicatesNothing() {
		AtomicInteger calls = new AtomicInteger();
		String article = LocalSite.article("Bảo Lâm sửa xong cầu treo", paragraphs("Bảo Lâm sửa xong cầu treo"));
		site.handle("/chap-chon.html", exchange -> {
			if (calls.getAndIncrement() == 0) {
				LocalSite.respond(exchange, 404, "text/plain", "chưa có");
			}
			else {
				LocalSite.respond(exchange, 200, "text/html; charset=utf-8", article);
			}
		});
		long sourceId = feedOf("/chap-chon.html", goodArticle("/on-dinh.html", "Đạ Huoai làm đường liên xã"));

		PollResult first = sources.pollNow(sourceId);
		PollResult second = sources.pollNow(sourceId);
		PollResult third = sources.pollNow(sourceId);

		assertThat(first.newArticles()).isEqualTo(1);
		assertThat(first.failedItems()).isEqualTo(1);
		assertThat(second.newArticles()).isEqualTo(1);
		assertThat(third.newArticles() + third.failedItems()).isZero();
		assertThat(sources.find(sourceId).orElseThrow().articleCount()).isEqualTo(2);
	}

	@Test
	void aCrashAfterStoringAnArticleButBeforeMarkingItsItemDuplicatesNothing() {
		long sourceId = feedOf(null, goodArticle("/mot.html", "Đam Rông trồng rừng thay thế"));
		assertThat(sources.pollNow(sourceId).newArticles()).isEqualTo(1);
		// as if the node died between storing the article and marking its feed item done
		jdbc.sql("update app.feed_item set status = 'NEW' where source_id = ?").param(sourceId).update();

		PollResult afterRestart = sources.pollNow(sourceId);

		assertThat(afterRestart.newArticles()).isZero();
		assertThat(afterRestart.failedItems()).isZero();
		assertThat(item("/mot.html").status()).isEqualTo("FETCHED");
		assertThat(sources.find(sourceId).orElseThrow().articleCount()).isEqualTo(1);
	}

	/** A feed of the bad path (if any) and a good article's URL. */
	private long feedOf(String badPath, String goodUrl) {
		String feed = badPath == null ? LocalSite.feed(new String[] { "tot", goodUrl, "Tốt" })
				: LocalSite.feed(new String[] { "xau", site.url(badPath), "Xấu" }, new String[] { "tot", goodUrl, "Tốt" });
		site.rss("/rss.xml", feed);
		return sources.registerFeed(outletId, site.url("/rss.xml"));
	}

	private String goodArticle(String path, String title) {
		site.html(path, LocalSite.article(title, paragraphs(title)));
		return site.url(path);
	}

	private static String[] paragraphs(String title) {
		return new String[] { title + ": theo UBND tỉnh, công trình được triển khai từ đầu năm và hoàn thành trước thời hạn hai tháng.",
				"Người dân địa phương cho biết " + title.toLowerCase() + " giúp việc đi lại, sản xuất thuận lợi hơn nhiều so với trước." };
	}

	private record Item(String status, String lastError, String failureKind) {
	}

	private Item item(String path) {
		return jdbc.sql("select status, last_error, failure_kind from app.feed_item where url = ?")
			.param(site.url(path))
			.query(Item.class)
			.single();
	}

	private static void fiftyMegabytes(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
		byte[] chunk = "<p>rất lớn</p>".repeat(4096).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		try (OutputStream out = exchange.getResponseBody()) {
			for (long sent = 0; sent + chunk.length <= 50L * 1024 * 1024; sent += chunk.length) {
				out.write(chunk);
			}
		}
		catch (IOException clientGaveUp) {
			// the fetcher stops reading at its size limit, which is the point
		}
	}
}
