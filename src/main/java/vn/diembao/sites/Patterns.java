package vn.diembao.sites;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.diembao.shared.text.VietnameseText;

/**
 * Check patterns are matched against folded text (lower case, no diacritics, punctuation as spaces), so
 * “Chuyển đổi số”, “CHUYEN DOI SO” and a slug {@code chuyen-doi-so} all match {@code chuyen doi so}.
 */
final class Patterns {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private Patterns() {
	}

	/** Compiles a pattern an officer typed, with or without diacritics. */
	static Pattern compile(String pattern) {
		String decomposed = Normalizer.normalize(pattern.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		String folded = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
		return Pattern.compile(folded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static boolean matches(Pattern pattern, String text) {
		return text != null && !text.isEmpty() && pattern.matcher(VietnameseText.fold(text)).find();
	}
}
