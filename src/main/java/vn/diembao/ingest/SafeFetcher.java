package vn.diembao.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.brotli.dec.BrotliInputStream;
import org.springframework.stereotype.Component;

/**
 * The only way this system reaches the web: SSRF-guarded on every hop, robots.txt honoured, polite per host,
 * with an honest User-Agent, conditional GET, timeouts, a redirect limit and a response size limit.
 */
@Component
public class SafeFetcher {

	private static final int MAX_REDIRECTS = 5;
	private static final java.util.concurrent.ScheduledExecutorService WATCHDOG = java.util.concurrent.Executors
		.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "fetch-watchdog");
			thread.setDaemon(true);
			return thread;
		});

	private final Clock clock = Clock.systemUTC();

	private final IngestProperties properties;
	private final AddressGuard guard;
	private final HostPoliteness politeness;
	private final RobotsPolicy robots;
	private final HttpClient client;

	SafeFetcher(IngestProperties properties) {
		this.properties = properties;
		this.guard = new AddressGuard(properties.allowedHosts());
		this.politeness = new HostPoliteness(properties.politenessDelay(), properties.maxConnectionsPerHost());
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.robots = new RobotsPolicy(this::fetchRobotsTxt, properties.userAgent());
	}

	/** GET with the caller's validators (may be null) for a conditional request. */
	public FetchedResource fetch(URI uri, String etag, String lastModified) {
		URI current = uri;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			guard.check(current);
			if (!robots.isAllowed(current)) {
				throw new FetchException("robots.txt của " + current.getHost() + " không cho phép thu thập " + current);
			}
			FetchedResource response = getWithRetries(current, etag, lastModified);
			if (response.redirectTarget() != null) {
				current = current.resolve(response.redirectTarget());
				continue;
			}
			if (response.status() != 200 && response.status() != 304) {
				throw new FetchException("Máy chủ trả về mã " + response.status() + " cho " + current);
			}
			return response;
		}
		throw new FetchException("Quá nhiều lần chuyển hướng từ " + uri);
	}

	/** Allow-lists a host (or host:port) on an internal address, as an administrator decided. */
	public void allowHost(String hostOrHostPort) {
		guard.allow(hostOrHostPort);
	}

	public FetchedResource fetch(URI uri) {
		return fetch(uri, null, null);
	}

	/**
	 * Retries a 429 or 5xx answer after the server's Retry-After (seconds or HTTP date) or, without one, after an
	 * exponential backoff of 1, 2, 4… seconds; a server asking for longer than {@code maxRetryWait} is not hammered:
	 * the fetch fails and the source's own backoff takes over.
	 */
	private FetchedResource getWithRetries(URI uri, String etag, String lastModified) {
		for (int attempt = 0;; attempt++) {
			FetchedResource response = get(uri, etag, lastModified);
			boolean retryable = response.status() == 429 || response.status() >= 500;
			if (!retryable || attempt >= properties.maxRetries()) {
				return response;
			}
			Duration wait = RetryAfter.parse(response.retryAfter(), clock)
				.orElse(Duration.ofSeconds(1L << Math.min(attempt, 5)));
			if (wait.compareTo(properties.maxRetryWait()) > 0) {
				throw new FetchException("Máy chủ " + uri.getHost() + " yêu cầu chờ " + wait.toSeconds()
						+ " giây trước khi thử lại (mã " + response.status() + ")");
			}
			sleep(wait, uri);
		}
	}

	private static void sleep(Duration wait, URI uri) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new FetchException("Bị ngắt khi chờ thử lại " + uri, e);
		}
	}

	private FetchedResource get(URI uri, String etag, String lastModified) {
		politeness.acquire(uri.getHost());
		try {
			return getOnce(uri, etag, lastModified);
		}
		finally {
			politeness.release(uri.getHost());
		}
	}

	private FetchedResource getOnce(URI uri, String etag, String lastModified) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(properties.readTimeout())
			.header("User-Agent", properties.userAgent())
			.header("Accept-Encoding", "gzip, deflate, br")
			.header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8")
			.header("Accept-Language", "vi,en;q=0.5");
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (lastModified != null) {
			request.header("If-Modified-Since", lastModified);
		}
		long started = System.nanoTime();
		try {
			HttpResponse<InputStream> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
			var headers = response.headers();
			if (response.statusCode() >= 300 && response.statusCode() < 400 && response.statusCode() != 304) {
				response.body().close();
				String location = headers.firstValue("Location")
					.orElseThrow(() -> new FetchException("Chuyển hướng không có địa chỉ đích từ " + uri));
				return FetchedResource.redirect(uri, response.statusCode(), location);
			}
			byte[] body = readLimited(decoded(response), uri);
			return new FetchedResource(uri, response.statusCode(), headers.firstValue("Content-Type").orElse(null), body,
					headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), null,
					headers.firstValue("Retry-After").orElse(null), Duration.ofNanos(System.nanoTime() - started),
					certificateExpiry(response));
		}
		catch (HttpTimeoutException e) {
			throw new FetchException("Hết thời gian chờ khi tải " + uri, e);
		}
		catch (IOException e) {
			throw new FetchException("Không tải được " + uri + ": " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new FetchException("Bị ngắt khi tải " + uri, e);
		}
	}

	/** When the server's own (leaf) certificate expires; null over plain HTTP. */
	private static java.time.Instant certificateExpiry(HttpResponse<?> response) {
		return response.sslSession()
			.map(session -> {
				try {
					return session.getPeerCertificates();
				}
				catch (javax.net.ssl.SSLPeerUnverifiedException e) {
					return new java.security.cert.Certificate[0];
				}
			})
			.filter(chain -> chain.length > 0 && chain[0] instanceof java.security.cert.X509Certificate)
			.map(chain -> ((java.security.cert.X509Certificate) chain[0]).getNotAfter().toInstant())
			.orElse(null);
	}

	private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
		String encoding = response.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase();
		return switch (encoding) {
			case "gzip", "x-gzip" -> new GZIPInputStream(response.body());
			case "deflate" -> new InflaterInputStream(response.body());
			case "br" -> new BrotliInputStream(response.body());
			default -> response.body();
		};
	}

	/**
	 * Reads the body within the size limit and within a total deadline (twice the read timeout): a server trickling
	 * one byte a second (slow-loris) would otherwise hold the poller for ever. A watchdog closes the stream at the
	 * deadline, which also unblocks a read that is waiting for bytes that never come.
	 */
	private byte[] readLimited(InputStream in, URI uri) throws IOException {
		long deadline = System.nanoTime() + properties.readTimeout().toNanos() * 2;
		var watchdog = WATCHDOG.schedule(() -> closeQuietly(in), properties.readTimeout().toMillis() * 2,
				java.util.concurrent.TimeUnit.MILLISECONDS);
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16 * 1024];
			long total = 0;
			int read;
			while ((read = readOrTimeout(in, buffer, deadline, uri)) != -1) {
				if (System.nanoTime() > deadline) {
					throw new FetchException("Hết thời gian chờ khi tải " + uri + " (máy chủ gửi quá chậm)");
				}
				total += read;
				if (total > properties.maxResponseBytes()) {
					throw new FetchException("Trang quá lớn (vượt " + properties.maxResponseBytes() / 1024 + " KB): " + uri);
				}
				out.write(buffer, 0, read);
			}
			return out.toByteArray();
		}
		finally {
			watchdog.cancel(false);
		}
	}

	private static int readOrTimeout(InputStream in, byte[] buffer, long deadline, URI uri) throws IOException {
		try {
			return in.read(buffer);
		}
		catch (IOException e) {
			if (System.nanoTime() > deadline) {
				throw new FetchException("Hết thời gian chờ khi tải " + uri + " (máy chủ gửi quá chậm)", e);
			}
			throw e;
		}
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ignored) {
			// the reader sees the stream closed, which is the point
		}
	}

	private byte[] fetchRobotsTxt(URI robotsUri) {
		guard.check(robotsUri);
		FetchedResource response = get(robotsUri, null, null);
		return response.status() == 200 ? response.body() : null;
	}
}
