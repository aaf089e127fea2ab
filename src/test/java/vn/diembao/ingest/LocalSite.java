package vn.diembao.ingest;

import java.io.IOException;

import com.sun.net.httpserver.HttpHandler;

import vn.diembao.support.LocalServer;

/** A tiny outlet on 127.0.0.1 whose pages a test sets and changes as it goes; unknown paths answer 404. */
final class LocalSite extends LocalServer {

	LocalSite() throws IOException {
		super("local-site", null);
	}

	LocalSite page(String path, String contentType, String body) {
		return handle(path, exchange -> respond(exchange, 200, contentType, body));
	}

	LocalSite html(String path, String body) {
		return page(path, "text/html; charset=utf-8", body);
	}

	LocalSite rss(String path, String body) {
		return page(path, "application/rss+xml; charset=utf-8", body);
	}

	LocalSite handle(String path, HttpHandler handler) {
		serve(path, handler);
		return this;
	}

	/** An RSS 2.0 feed of the given items, each {@code {guid, link, title}}. */
	static String feed(String[]... items) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
				+ "<title>Báo thử</title><link>http://example.test/</link><description>thử</description>");
		for (String[] item : items) {
			xml.append("<item><guid isPermaLink=\"false\">").append(item[0]).append("</guid><link>").append(item[1])
				.append("</link><title>").append(item[2]).append("</title><pubDate>Mon, 18 Nov 2024 08:30:00 +0700</pubDate></item>");
		}
		return xml.append("</channel></rss>").toString();
	}

	/** An article page the extractor reads: a title and a few paragraphs. */
	static String article(String title, String... paragraphs) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
			.append(title).append("</title></head><body><nav><a href=\"/\">Trang chủ</a></nav><article><h1>").append(title)
			.append("</h1>");
		for (String paragraph : paragraphs) {
			html.append("<p>").append(paragraph).append("</p>");
		}
		return html.append("</article><footer>Bản quyền Báo thử</footer></body></html>").toString();
	}
}
