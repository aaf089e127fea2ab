package vn.diembao.triage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Crawled text as our pages may show it: whatever the outlet's page held, only paragraphs, emphasis, lists, quotes
 * and plain http(s) links survive — no script, handler, style, frame or image (a remote image is a tracking pixel).
 */
final class ArticleReader {

	private static final Safelist SAFE = Safelist.basic()
		.removeTags("span")
		.addAttributes("a", "rel", "target")
		.removeProtocols("a", "href", "ftp", "mailto");

	private ArticleReader() {
	}

	static String safeHtml(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String html = body.indexOf('<') >= 0 ? body : paragraphs(body);
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
			.escapeMode(Entities.EscapeMode.base);
		Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFE, output));
		clean.outputSettings(output);
		clean.select("a").attr("rel", "noopener noreferrer nofollow").attr("target", "_blank");
		return clean.body().html();
	}

	/** Ingest stores most bodies as plain text, one paragraph per line. */
	private static String paragraphs(String text) {
		StringBuilder html = new StringBuilder(text.length() + 64);
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
			}
		}
		return html.toString();
	}
}
