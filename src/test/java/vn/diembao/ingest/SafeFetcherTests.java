package vn.diembao.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile and broken servers, served from localhost: each must end in a clear error, never a hang or a crash. */
class SafeFetcherTests {

	private static final String PAGE = "<html><body><h1>Đà Lạt</h1></body></html>";

	private final java.util.concurrent.atomic.AtomicInteger busyCalls = new java.util.concurrent.atomic.AtomicInteger();
	private HttpServer server;
	private SafeFetcher fetcher;
	private String base;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		base = "http://127.0.0.1:" + server.getAddress().getPort();
		server.createContext("/robots.txt", exchange -> respond(exchange, 200, "User-agent: *\nDisallow: /rieng/\n"));
		server.createContext("/trang", exchange -> respond(exchange, 200, PAGE));
		server.createContext("/rieng/", exchange -> respond(exchange, 200, PAGE));
		server.createContext("/lon", exchange -> respond(exchange, 200, "x".repeat(300_000)));
		server.createContext("/cham", exchange -> {
			sleep(3000);
			respond(exchange, 200, PAGE);
		});
		server.createContext("/nen", this::gzipped);
		server.createContext("/brotli", this::brotli);
		server.createContext("/etag", exchange -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().set("ETag", "\"v1\"");
			respond(exchange, 200, PAGE);
		});
		server.createContext("/chuyen-noi-bo", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
		server.createContext("/chuyen-vong", exchange -> redirect(exchange, "/chuyen-vong"));
		server.createContext("/chuyen", exchange -> redirect(exchange, "/trang"));
		server.createContext("/loi", exchange -> respond(exchange, 503, "bảo trì"));
		server.createContext("/ban", exchange -> {
			boolean first = busyCalls.getAndIncrement() == 0;
			exchange.getResponseHeaders().set("Retry-After", "1");
			respond(exchange, first ? 429 : 200, PAGE);
		});
		server.createContext("/ban-lau", exchange -> {
			exchange.getResponseHeaders().set("Retry-After", "3600");
			respond(exchange, 503, "bảo trì");
		});
		server.createContext("/nho-giot", this::slowLoris);
		server.createContext("/khong-lo", this::endless);
		server.createContext("/gzip-hong", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			respond(exchange, 200, "đây không phải gzip");
		});
		server.start();
		var properties = new IngestProperties("DiembaoBot/test", Duration.ofMinutes(1), Duration.ofMinutes(30), 100_000,
				Duration.ofSeconds(2), Duration.ofMillis(800), List.of("127.0.0.1:" + server.getAddress().getPort()),
				Duration.ZERO, false, 2, Duration.ofSeconds(2), 2);
		fetcher = new SafeFetcher(properties);
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void fetchesAnAllowListedLocalPage() {
		FetchedResource page = fetcher.fetch(URI.create(base + "/trang"));
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(page.declaredCharset()).contains(StandardCharsets.UTF_8);
	}

	@Test
	void refusesResponsesLargerThanTheLimit() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/lon"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Trang quá lớn");
	}

	@Test
	void givesUpOnSlowServersAfterTheReadTimeout() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/cham"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Hết thời gian chờ");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void decodesBrotli() {
		FetchedResource page = fetcher.fetch(URI.create(base + "/brotli"));
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<html><body><h1>Đà Lạt</h1></body></html>");
	}

	@Test
	void decodesGzip() {
		assertThat(new String(fetcher.fetch(URI.create(base + "/nen")).body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
	}

	@Test
	void usesConditionalGet() {
		FetchedResource first = fetcher.fetch(URI.create(base + "/etag"));
		FetchedResource second = fetcher.fetch(URI.create(base + "/etag"), first.etag(), null);
		assertThat(first.notModified()).isFalse();
		assertThat(second.notModified()).isTrue();
	}

	@Test
	void followsRedirectsButNotIntoTheInternalNetwork() {
		assertThat(fetcher.fetch(URI.create(base + "/chuyen")).finalUri().getPath()).isEqualTo("/trang");
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/chuyen-noi-bo"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Từ chối truy cập địa chỉ nội bộ 169.254.169.254");
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/chuyen-vong"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Quá nhiều lần chuyển hướng");
	}

	@Test
	void honoursRobotsTxt() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/rieng/bai.html"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("robots.txt");
	}

	@Test
	void reportsServerErrors() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/loi"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("mã 503");
	}

	@Test
	void refusesLocalAddressesThatAreNotAllowListed() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create("http://localhost:" + server.getAddress().getPort() + "/trang")))
			.isInstanceOf(FetchException.class)
			.hasMessageContaining("Từ chối truy cập địa chỉ nội bộ");
		assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Chỉ cho phép địa chỉ http/https");
	}

	@Test
	void retriesAfterTheDelayTheServerAsksFor() {
		long start = System.nanoTime();
		FetchedResource page = fetcher.fetch(URI.create(base + "/ban"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(busyCalls.get()).isEqualTo(2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
	}

	@Test
	void doesNotWaitLongerThanAllowedForARetry() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/ban-lau"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("yêu cầu chờ 3600 giây");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void givesUpOnASlowLorisServerThatTricklesItsBody() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/nho-giot"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Hết thời gian chờ");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void stopsReadingAFiftyMegabyteResponseAtTheLimit() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/khong-lo"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Trang quá lớn");
	}

	@Test
	void reportsInvalidGzipAsAFetchError() {
		assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/gzip-hong"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("Không tải được");
	}

	private void slowLoris(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 100; i++) {
				out.write('x');
				out.flush();
				sleep(200);
			}
		}
		catch (IOException clientGone) {
			// expected: the fetcher hangs up
		}
	}

	private void endless(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
		byte[] chunk = new byte[64 * 1024];
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 800; i++) {
				out.write(chunk);
			}
		}
		catch (IOException clientGone) {
			// expected: the fetcher stops at its size limit
		}
	}

	/** Written by Node's zlib.brotliCompressSync: the JDK has no Brotli encoder. */
	private void brotli(HttpExchange exchange) throws IOException {
		byte[] compressed = java.util.Base64.getDecoder().decode("CxaAPGh0bWw+PGJvZHk+PGgxPsSQw6AgTOG6oXQ8L2gxPjwvYm9keT48L2h0bWw+Aw==");
		exchange.getResponseHeaders().set("Content-Encoding", "br");
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, compressed.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(compressed);
		}
	}

	private void gzipped(HttpExchange exchange) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
		exchange.getResponseHeaders().set("Content-Encoding", "gzip");
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, bytes.size());
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes.toByteArray());
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		try {
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException clientGone) {
			// the fetcher gave up first, which is what some tests want
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
