package vn.diembao.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text split into lowered syllables, remembering which were capitalised in the original (a place name is a proper
 * noun: “Nhân Cơ” is the commune, “nguyên nhân cơ bản” is not) and which followed punctuation.
 */
final class Tokens {

	final String[] lower;
	final boolean[] capital;

	private Tokens(String[] lower, boolean[] capital) {
		this.lower = lower;
		this.capital = capital;
	}

	private static final Tokens EMPTY = new Tokens(new String[0], new boolean[0]);

	Tokens empty() {
		return EMPTY;
	}

	int size() {
		return lower.length;
	}

	static Tokens of(String text) {
		List<String> words = new ArrayList<>();
		List<Boolean> caps = new ArrayList<>();
		String nfc = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
		int start = -1;
		for (int i = 0; i <= nfc.length(); i++) {
			boolean word = i < nfc.length() && Character.isLetterOrDigit(nfc.charAt(i));
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				String token = nfc.substring(start, i);
				words.add(normalise(token.toLowerCase(Locale.ROOT)));
				caps.add(!Character.isLowerCase(token.charAt(0)));
				start = -1;
			}
		}
		boolean[] capital = new boolean[caps.size()];
		for (int i = 0; i < capital.length; i++) {
			capital[i] = caps.get(i);
		}
		return new Tokens(words.toArray(String[]::new), capital);
	}

	/** The text as one lowered, normalised string of syllables separated by single spaces. */
	static String lowered(String text) {
		return String.join(" ", of(text).lower);
	}

	String joined() {
		return String.join(" ", lower);
	}

	String join(int from, int to) {
		if (to - from == 1) {
			return lower[from];
		}
		StringBuilder joined = new StringBuilder(lower[from]);
		for (int i = from + 1; i < to; i++) {
			joined.append(' ').append(lower[i]);
		}
		return joined.toString();
	}

	/**
	 * Old-style tone placement (“hoà”, “thuỷ”) and the new style (“hòa”, “thủy”) both occur in the press and even in
	 * the official unit lists; one form makes “Khánh Hoà” and “Khánh Hòa” the same syllables. So do the two spellings of
	 * a lone i after a consonant (“Phú Quí” in the 2024 list, “Phú Quý” in the 2025 one; “kỹ/kĩ”, “lý/lí”).
	 */
	static String normalise(String syllable) {
		return loneIAsI(tonePlacement(syllable));
	}

	private static final String Y_FORMS = "yýỳỷỹỵ";
	private static final String I_FORMS = "iíìỉĩị";
	private static final java.util.regex.Pattern ONSET_AND_LONE_I = java.util.regex.Pattern
		.compile("(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|qu|r|s|t|th|tr|v|x)[" + Y_FORMS + I_FORMS + "]");

	private static String loneIAsI(String syllable) {
		int last = syllable.length() - 1;
		int form = last < 1 ? -1 : Y_FORMS.indexOf(syllable.charAt(last));
		if (form < 0 || !ONSET_AND_LONE_I.matcher(syllable).matches()) {
			return syllable;
		}
		return syllable.substring(0, last) + I_FORMS.charAt(form);
	}

	private static String tonePlacement(String syllable) {
		int n = syllable.length();
		if (n < 2) {
			return syllable;
		}
		char last = syllable.charAt(n - 1);
		char before = syllable.charAt(n - 2);
		char moved = switch (before) {
			case 'o' -> switch (last) {
				case 'à' -> 'ò'; case 'á' -> 'ó'; case 'ả' -> 'ỏ'; case 'ã' -> 'õ'; case 'ạ' -> 'ọ';
				case 'è' -> 'ò'; case 'é' -> 'ó'; case 'ẻ' -> 'ỏ'; case 'ẽ' -> 'õ'; case 'ẹ' -> 'ọ';
				default -> 0;
			};
			case 'u' -> switch (last) {
				case 'ỳ' -> 'ù'; case 'ý' -> 'ú'; case 'ỷ' -> 'ủ'; case 'ỹ' -> 'ũ'; case 'ỵ' -> 'ụ';
				default -> 0;
			};
			default -> 0;
		};
		if (moved == 0 || (before == 'u' && n >= 3 && syllable.charAt(n - 3) == 'q')) {
			return syllable;
		}
		char plain = switch (last) {
			case 'à', 'á', 'ả', 'ã', 'ạ' -> 'a';
			case 'è', 'é', 'ẻ', 'ẽ', 'ẹ' -> 'e';
			default -> 'y';
		};
		return syllable.substring(0, n - 2) + moved + plain;
	}
}
