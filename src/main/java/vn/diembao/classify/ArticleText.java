package vn.diembao.classify;

import vn.diembao.shared.text.VietnameseText;

/** An article's zones, lowered (diacritics kept) for matching; the URL slug folded since slugs are unaccented. */
record ArticleText(String title, String lead, String body, String slug) {

	static ArticleText of(String title, String lead, String body, String url) {
		String path = url == null ? "" : url.replaceFirst("^https?://[^/]+", "");
		return new ArticleText(VietnameseText.lower(title), VietnameseText.lower(lead), VietnameseText.lower(body),
				VietnameseText.fold(path.replace('-', ' ')));
	}

	String headline() {
		return title + " " + lead;
	}
}
