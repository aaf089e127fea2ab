package vn.diembao.classify;

import java.util.regex.Pattern;

import vn.diembao.shared.text.VietnameseText;

/** An article's zones as published (NFC); the URL slug is kept folded since slugs are unaccented. */
record ArticleText(String title, String lead, String body, String slug) {

	private static final Pattern HOST = Pattern.compile("^https?://[^/]+");

	static ArticleText of(String title, String lead, String body, String url) {
		String path = url == null ? "" : HOST.matcher(url).replaceFirst("");
		return new ArticleText(VietnameseText.nfc(title), VietnameseText.nfc(lead), VietnameseText.nfc(body),
				VietnameseText.fold(path.replace('-', ' ')));
	}

	String headline() {
		return title + " . " + lead;
	}
}
