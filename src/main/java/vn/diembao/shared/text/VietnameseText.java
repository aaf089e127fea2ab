package vn.diembao.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as the system compares it: NFC-normalised, and a “folded” form without diacritics for matching
 * URL slugs, unaccented searches and misspellings (“Dak Nong” finds “Đắk Nông”).
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private VietnameseText() {
	}

	public static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Lower case, diacritics removed, đ → d, punctuation collapsed to single spaces. */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
		return NON_WORD.matcher(stripped).replaceAll(" ").trim();
	}

	/** Lower case NFC with punctuation collapsed, diacritics kept. */
	public static String lower(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return NON_WORD.matcher(nfc(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** Whether {@code phrase} occurs in {@code text} on word boundaries; both already folded or lowered. */
	public static boolean containsPhrase(String text, String phrase) {
		if (phrase.isEmpty()) {
			return false;
		}
		return (" " + text + " ").contains(" " + phrase + " ");
	}
}
