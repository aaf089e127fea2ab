package vn.diembao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A web server on 127.0.0.1 (HTTP, or HTTPS with the given TLS context) whose pages a test sets and changes as it
 * goes; unknown paths answer 404. Tests never reach the network: outlets and state websites are served from here.
 */
public class LocalServer implements AutoCloseable {

	private final HttpServer server;
	private final String scheme;
	private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

	/** A plain HTTP server. */
	public LocalServer() throws IOException {
		this("local-server", null);
	}

	/** {@code tls} null for plain HTTP. */
	protected LocalServer(String threadName, SSLContext tls) throws IOException {
		InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
		if (tls != null) {
			HttpsServer secure = HttpsServer.create(address, 0);
			secure.setHttpsConfigurator(new HttpsConfigurator(tls));
			server = secure;
		}
		else {
			server = HttpServer.create(address, 0);
		}
		scheme = tls != null ? "https" : "http";
		server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		}));
		server.createContext("/", exchange -> {
			HttpHandler handler = handlers.get(exchange.getRequestURI().getPath());
			if (handler == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			handler.handle(exchange);
		});
		server.start();
	}

	public String base() {
		return scheme + "://" + hostAndPort();
	}

	public String hostAndPort() {
		return "127.0.0.1:" + server.getAddress().getPort();
	}

	public String url(String path) {
		return base() + path;
	}

	/** Answers {@code path} with {@code handler} from now on. */
	public void serve(String path, HttpHandler handler) {
		handlers.put(path, handler);
	}

	public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
