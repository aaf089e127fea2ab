package vn.diembao.triage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.diembao.shared.text.VietnameseText;

/**
 * Marks the search terms in the original text the way PostgreSQL matched them: case and diacritics folded, whole
 * words only. Works on segments rather than HTML, so the template escapes everything it prints.
 */
final class Highlighter {

	/** A run of text, marked when it is a match. */
	record Segment(String text, boolean match) {
	}

	private static final int EXCERPT_CHARS = 240;

	private final List<String> terms;

	Highlighter(String query) {
		this.terms = query == null ? List.of() : Arrays.stream(query.split("\\s+"))
			.filter(term -> !term.startsWith("-") && !term.equalsIgnoreCase("or"))
			.map(VietnameseText::fold)
			.flatMap(term -> Arrays.stream(term.split(" ")))
			.filter(term -> !term.isEmpty())
			.distinct()
			.toList();
	}

	List<Segment> segments(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return split(text, matches(new Folded(text)));
	}

	/** A window of the text around its first match, or nothing when the text does not match. */
	List<Segment> excerpt(String text) {
		if (terms.isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		Folded folded = new Folded(text);
		boolean[] marked = matches(folded);
		int first = 0;
		while (first < marked.length && !marked[first]) {
			first++;
		}
		if (first == marked.length) {
			return List.of();
		}
		int start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - EXCERPT_CHARS / 3)));
		int end = Math.min(text.length(), start + EXCERPT_CHARS);
		int space = text.lastIndexOf(' ', end);
		if (end < text.length() && space > first) {
			end = space;
		}
		List<Segment> window = new ArrayList<>();
		if (start > 0) {
			window.add(new Segment("… ", false));
		}
		window.addAll(split(text.substring(start, end), Arrays.copyOfRange(marked, start, end)));
		if (end < text.length()) {
			window.add(new Segment(" …", false));
		}
		return window;
	}

	private boolean[] matches(Folded folded) {
		boolean[] marked = new boolean[folded.original.length()];
		for (String term : terms) {
			int from = 0;
			int at;
			while ((at = folded.text.indexOf(term, from)) >= 0) {
				int end = at + term.length();
				if (boundary(folded.text, at - 1) && boundary(folded.text, end)) {
					int last = folded.origin[end - 1];
					// decomposed (NFD) text: the word's trailing combining marks belong to the match
					while (last + 1 < marked.length
							&& Character.getType(folded.original.charAt(last + 1)) == Character.NON_SPACING_MARK) {
						last++;
					}
					for (int i = folded.origin[at]; i <= last; i++) {
						marked[i] = true;
					}
				}
				from = at + 1;
			}
		}
		return marked;
	}

	private static boolean boundary(String text, int index) {
		return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
	}

	private static List<Segment> split(String text, boolean[] marked) {
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				segments.add(new Segment(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return segments;
	}

	/** The text folded character by character, remembering where each folded character came from. */
	private static final class Folded {

		final String original;
		final String text;
		final int[] origin;

		Folded(String original) {
			this.original = original;
			StringBuilder folded = new StringBuilder(original.length());
			int[] from = new int[original.length() + 1];
			int n = 0;
			for (int i = 0; i < original.length(); i++) {
				char c = original.charAt(i);
				String base = c < 128 ? String.valueOf(Character.toLowerCase(c)) : fold(c);
				for (int k = 0; k < base.length(); k++) {
					if (n == from.length) {
						from = Arrays.copyOf(from, from.length * 2);
					}
					folded.append(base.charAt(k));
					from[n++] = i;
				}
			}
			this.text = folded.toString();
			this.origin = from;
		}

		private static String fold(char c) {
			if (c == 'đ' || c == 'Đ') {
				return "d";
			}
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
			StringBuilder base = new StringBuilder(1);
			for (int k = 0; k < decomposed.length(); k++) {
				if (Character.getType(decomposed.charAt(k)) != Character.NON_SPACING_MARK) {
					base.append(decomposed.charAt(k));
				}
			}
			// a lone combining mark (text in NFD) folds to nothing, like the diacritics it carries
			return base.toString();
		}
	}
}
