package vn.diembao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.core.io.ClassPathResource;

/**
 * Serves the classpath folder demo/site on 127.0.0.1, replacing the BASE token with the server's address and
 * relative date tokens such as ISO:1:08:30 (yesterday 08:30, Vietnam time) so the demo always shows fresh news.
 * Tests use it too: the pipeline never needs the internet.
 */
public class FixtureSite implements AutoCloseable {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Pattern DATE_TOKEN = Pattern.compile("\\{\\{(RFC822|ISO|VN|DMY):(\\d+):(\\d{1,2}):(\\d{2})}}");
	private static final String[] WEEKDAYS = { "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật" };

	private final HttpServer server;
	private final LocalDate today;

	public FixtureSite(int port, LocalDate today) throws IOException {
		this.today = today;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.createContext("/", this::serve);
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public String hostAndPort() {
		return "127.0.0.1:" + server.getAddress().getPort();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			var resource = new ClassPathResource("demo/site" + path);
			if (path.contains("..") || path.endsWith("/") || !resource.exists()) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] body;
			try (InputStream in = resource.getInputStream()) {
				body = render(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
			}
			String type = path.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8";
			exchange.getResponseHeaders().set("Content-Type", type);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	String render(String template) {
		Matcher matcher = DATE_TOKEN.matcher(template.replace("{{BASE}}", baseUrl()));
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			ZonedDateTime time = ZonedDateTime.of(today.minusDays(Integer.parseInt(matcher.group(2))),
					LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))), VIETNAM);
			matcher.appendReplacement(out, Matcher.quoteReplacement(format(matcher.group(1), time)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String format(String kind, ZonedDateTime time) {
		return switch (kind) {
			case "RFC822" -> DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH).format(time);
			case "ISO" -> time.toOffsetDateTime().toString();
			case "VN" -> WEEKDAYS[time.getDayOfWeek().getValue() - 1] + ", "
					+ DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm").format(time) + " (GMT+7)";
			default -> DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(time);
		};
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
