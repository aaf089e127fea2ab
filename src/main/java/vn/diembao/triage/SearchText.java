package vn.diembao.triage;

import org.jsoup.Jsoup;

import vn.diembao.shared.text.VietnameseText;

/** The article text the inbox indexes: plain NFC text, capped because a PostgreSQL tsvector holds at most 1 MB. */
final class SearchText {

	static final int MAX_CHARS = 100_000;

	private SearchText() {
	}

	static String of(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String capped = body.length() > 4 * MAX_CHARS ? body.substring(0, 4 * MAX_CHARS) : body;
		String text = capped.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(capped).text() : capped;
		text = VietnameseText.nfc(text);
		return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
	}
}
