package vn.diembao.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Local outlets for fault and load runs: feed k at /feed/k.rss lists its latest articles, each at /bai/k/i with a
 * text of its own (so no two are the same story). Articles can be published as a run goes; article pages can be
 * made slow; every request is counted per path, to show that each page was fetched once across nodes.
 */
final class FeedFarm implements AutoCloseable {

	private static final String[] PLACES = { "Đà Lạt", "Bảo Lộc", "Đức Trọng", "Di Linh", "Lâm Hà", "Đơn Dương", "Lạc Dương",
			"Đạ Huoai", "Cát Tiên", "Bảo Lâm" };
	private static final String[] TOPICS = { "giao thông", "y tế", "giáo dục", "du lịch", "nông nghiệp", "đất đai",
			"môi trường", "an ninh trật tự", "xây dựng", "văn hóa" };

	private final HttpServer server;
	private final int window;
	private final List<AtomicInteger> published = new ArrayList<>();
	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
	private volatile int articleDelayMillis;

	FeedFarm(int feeds, int window) throws IOException {
		this.window = window;
		for (int k = 0; k < feeds; k++) {
			published.add(new AtomicInteger());
		}
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
			Thread thread = new Thread(runnable, "feed-farm");
			thread.setDaemon(true);
			return thread;
		}));
		server.createContext("/", this::serve);
		server.start();
	}

	String hostAndPort() {
		return "127.0.0.1:" + server.getAddress().getPort();
	}

	String feedUrl(int k) {
		return "http://" + hostAndPort() + "/feed/" + k + ".rss";
	}

	int feeds() {
		return published.size();
	}

	/** Publishes n more articles on every feed. */
	void publishOnEach(int n) {
		published.forEach(count -> count.addAndGet(n));
	}

	/** Publishes n articles spread over the feeds in turn. */
	void publish(int n) {
		for (int i = 0; i < n; i++) {
			published.get(i % published.size()).incrementAndGet();
		}
	}

	int publishedTotal() {
		return published.stream().mapToInt(AtomicInteger::get).sum();
	}

	void articleDelay(int millis) {
		this.articleDelayMillis = millis;
	}

	/** The most any single path was requested (1 when each feed round and page was fetched once). */
	int maxRequestsOfOneArticle() {
		return requests.entrySet().stream().filter(entry -> entry.getKey().startsWith("/bai/"))
			.mapToInt(entry -> entry.getValue().get()).max().orElse(0);
	}

	int articleRequests() {
		return requests.entrySet().stream().filter(entry -> entry.getKey().startsWith("/bai/"))
			.mapToInt(entry -> entry.getValue().get()).sum();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
			String[] parts = path.split("/");
			if (path.startsWith("/feed/") && parts.length == 3) {
				int k = Integer.parseInt(parts[2].replace(".rss", ""));
				respond(exchange, "application/rss+xml; charset=utf-8", feed(k));
			}
			else if (path.startsWith("/bai/") && parts.length == 4) {
				if (articleDelayMillis > 0) {
					Thread.sleep(articleDelayMillis);
				}
				respond(exchange, "text/html; charset=utf-8", article(Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
			}
			else {
				exchange.sendResponseHeaders(404, -1);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			exchange.sendResponseHeaders(400, -1);
		}
	}

	private String feed(int k) {
		int last = published.get(k).get();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
				+ "<title>Báo thử " + k + "</title><link>http://" + hostAndPort() + "/</link><description>thử</description>");
		for (int i = last; i > Math.max(0, last - window); i--) {
			xml.append("<item><guid isPermaLink=\"false\">b-").append(k).append('-').append(i).append("</guid><link>http://")
				.append(hostAndPort()).append("/bai/").append(k).append('/').append(i).append("</link><title>")
				.append(title(k, i)).append("</title></item>");
		}
		return xml.append("</channel></rss>").toString();
	}

	private static String title(int k, int i) {
		return PLACES[(k + i) % PLACES.length] + ": bàn giải pháp " + TOPICS[i % TOPICS.length] + " (bài " + k + "-" + i + ")";
	}

	private static String article(int k, int i) {
		String place = PLACES[(k + i) % PLACES.length];
		String topic = TOPICS[i % TOPICS.length];
		return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title(k, i) + "</title></head><body>"
				+ "<nav><a href=\"/\">Trang chủ</a></nav><article><h1>" + title(k, i) + "</h1>"
				+ "<p>Sáng nay tại " + place + ", tỉnh Lâm Đồng, các sở ngành đã họp bàn về " + topic + " với sự tham dự của "
				+ "nhiều đại biểu. Đây là bài số " + i + " của chuyên mục " + k + ".</p>"
				+ "<p>Theo báo cáo, trong thời gian qua lĩnh vực " + topic + " của địa phương có nhiều chuyển biến, song vẫn còn "
				+ "khó khăn cần tháo gỡ. Người dân phản ánh một số vướng mắc, mã phản ánh " + (k * 100_000 + i) + ".</p>"
				+ "<p>Lãnh đạo huyện cho biết sẽ chỉ đạo các phòng chuyên môn kiểm tra, xử lý dứt điểm trong tháng tới và "
				+ "báo cáo kết quả lên Ủy ban nhân dân tỉnh.</p></article><footer>Bản quyền Báo thử</footer></body></html>";
	}

	private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
