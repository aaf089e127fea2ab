package vn.diembao.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.diembao.directory.ProvinceProfile;
import vn.diembao.shared.text.VietnameseText;

/**
 * Is the article about our province? Any name of the profile (province, former provinces with their misspellings,
 * places) in the title or lead counts, and the province's names in the URL slug; a body needs two mentions, so a
 * passing reference is not enough.
 */
class RelevanceMatcher {

	private static final double TITLE = 3;
	private static final double LEAD = 2;
	private static final double SLUG = 2;
	private static final double BODY = 1;
	static final double THRESHOLD = 2;

	record Relevance(double score, List<String> places, List<String> reasons) {

		boolean relevant() {
			return score >= THRESHOLD;
		}
	}

	Relevance match(ArticleText text, ProvinceProfile profile) {
		double score = 0;
		Set<String> places = new LinkedHashSet<>();
		List<String> reasons = new ArrayList<>();
		for (ProvinceProfile.ProvinceName name : profile.names()) {
			String lowered = VietnameseText.lower(name.name());
			// the province's unaccented aliases (“Dak Nong”) are matched on the folded text; places only as written,
			// so the town La Gi does not match every “là gì”
			boolean unaccented = name.kind() != ProvinceProfile.Kind.PLACE && lowered.equals(VietnameseText.fold(name.name()));
			double found = 0;
			if (contains(text.title(), lowered, unaccented)) {
				found += TITLE;
				reasons.add("Tiêu đề nhắc \"" + name.name() + "\"");
			}
			if (contains(text.lead(), lowered, unaccented)) {
				found += LEAD;
				reasons.add("Sapo nhắc \"" + name.name() + "\"");
			}
			// slugs lose diacritics, so only the province's own names are safe there: "la-gi" may be "là gì"
			if (name.kind() != ProvinceProfile.Kind.PLACE
					&& VietnameseText.containsPhrase(text.slug(), VietnameseText.fold(name.name()))) {
				found += SLUG;
				reasons.add("Đường dẫn chứa \"" + VietnameseText.fold(name.name()).replace(' ', '-') + "\"");
			}
			int bodyMentions = occurrences(text.body(), lowered, unaccented);
			if (bodyMentions > 0) {
				found += BODY * Math.min(bodyMentions, 3);
				reasons.add("Nội dung nhắc \"" + name.name() + "\" " + bodyMentions + " lần");
			}
			if (found > 0) {
				places.add(name.name());
				score += found;
			}
		}
		return new Relevance(score, List.copyOf(places), reasons);
	}

	private static boolean contains(String text, String name, boolean unaccented) {
		return occurrences(text, name, unaccented) > 0;
	}

	private static int occurrences(String text, String name, boolean unaccented) {
		String haystack = " " + (unaccented ? VietnameseText.fold(text) : text) + " ";
		String needle = " " + name + " ";
		int count = 0;
		for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length() - 1)) {
			count++;
		}
		return count;
	}
}
