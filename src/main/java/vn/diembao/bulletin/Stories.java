package vn.diembao.bulletin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.shared.text.VietnameseText;

/**
 * One item per story. Ingest has no story clusters yet, so a story is recognised by its normalised title (syndicated
 * copies keep the headline); the earliest copy with a lead stands for it and the others are named after it.
 */
final class Stories {

	record Story(ClassifiedArticle lead, List<String> alsoIn) {

		int reach() {
			return 1 + alsoIn.size();
		}
	}

	private Stories() {
	}

	static List<Story> of(List<ClassifiedArticle> articles) {
		Map<String, List<ClassifiedArticle>> byTitle = new LinkedHashMap<>();
		for (ClassifiedArticle article : articles) {
			byTitle.computeIfAbsent(key(article.title()), k -> new ArrayList<>()).add(article);
		}
		List<Story> stories = new ArrayList<>();
		for (List<ClassifiedArticle> copies : byTitle.values()) {
			List<ClassifiedArticle> ranked = copies.stream().sorted(BEST_COPY).toList();
			List<String> others = ranked.stream().skip(1).map(ClassifiedArticle::outletName).distinct()
				.filter(outlet -> !outlet.equals(ranked.get(0).outletName())).toList();
			stories.add(new Story(ranked.get(0), others));
		}
		return stories;
	}

	static String key(String title) {
		return VietnameseText.fold(title);
	}

	private static final Comparator<ClassifiedArticle> BEST_COPY = Comparator
		.comparing((ClassifiedArticle a) -> a.lead() == null || a.lead().isBlank())
		.thenComparing(a -> a.publishedAt() == null ? Instant.MAX : a.publishedAt());
}
