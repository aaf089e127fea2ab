package vn.diembao.sites;

import java.io.InputStream;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import vn.diembao.support.LocalServer;

/**
 * A small state website on 127.0.0.1 (plain HTTP, or HTTPS with a self-signed certificate no client trusts), whose
 * pages a test sets; unknown paths answer 404.
 */
final class LocalWebsite extends LocalServer {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String HTML = "text/html; charset=utf-8";

	private LocalWebsite(SSLContext tls) throws Exception {
		super("local-website", tls);
	}

	static LocalWebsite http() throws Exception {
		return new LocalWebsite(null);
	}

	static LocalWebsite httpsWithSelfSignedCertificate() throws Exception {
		return new LocalWebsite(selfSigned());
	}

	LocalWebsite html(String path, String body) {
		serve(path, exchange -> respond(exchange, 200, HTML, body));
		return this;
	}

	/** A page that answers only after a delay, like an overloaded commune site. */
	LocalWebsite slow(String path, long millis, String body) {
		serve(path, exchange -> {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, 200, HTML, body);
		});
		return this;
	}

	/** A home page with the agency's menu (the given links, as {@code {text, href}}) and, optionally, a banner image. */
	static String home(String agency, boolean banner, String[]... links) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
			.append(agency).append("</title></head><body><header><h1>").append(agency).append("</h1><nav><ul>");
		for (String[] link : links) {
			html.append("<li><a href=\"").append(link[1]).append("\">").append(link[0]).append("</a></li>");
		}
		html.append("</ul></nav></header><main>");
		if (banner) {
			html.append("<div class=\"slide\"><a href=\"/tin-tuc/chao-mung-dai-hoi\"><img src=\"/images/banner-chao-mung-dai-hoi-dang-bo-tinh.jpg\""
					+ " alt=\"Chào mừng Đại hội đại biểu Đảng bộ tỉnh\"></a></div>");
		}
		html.append("<div class=\"slide\"><img src=\"/images/anh-dep-que-huong.jpg\" alt=\"Cảnh đẹp quê hương\"></div>");
		return html.append("</main><footer>Bản quyền thuộc về ").append(agency).append("</footer></body></html>").toString();
	}

	/** A listing page of posts, each {@code {title, href}} printed with its date. */
	static String listing(String title, Object[]... posts) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
			.append(title).append("</title></head><body><nav><a href=\"/\">Trang chủ</a></nav><h1>").append(title)
			.append("</h1><ul class=\"list-news\">");
		for (Object[] post : posts) {
			html.append("<li><h3><a href=\"").append(post[1]).append("\">").append(post[0]).append("</a></h3><span class=\"date\">")
				.append(DAY.format((LocalDate) post[2])).append("</span></li>");
		}
		return html.append("</ul></body></html>").toString();
	}

	private static SSLContext selfSigned() throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = LocalWebsite.class.getResourceAsStream("/sites/self-signed.p12")) {
			keys.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(keys, "changeit".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(factory.getKeyManagers(), null, null);
		return context;
	}
}
