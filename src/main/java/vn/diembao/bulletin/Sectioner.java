package vn.diembao.bulletin;

import java.util.List;

import vn.diembao.classify.ClassifiedArticle;
import vn.diembao.classify.Tone;
import vn.diembao.shared.text.VietnameseText;

/**
 * Puts an article in a section by its tone and a few keywords of the title and lead. Deliberately simple: the officer
 * moves what it gets wrong; negative news always goes to “tồn tại, hạn chế” because leaders look for it there.
 */
final class Sectioner {

	private static final List<String> LEADERSHIP = List.of("bí thư tỉnh ủy", "chủ tịch ubnd tỉnh", "chủ tịch ủy ban nhân dân tỉnh",
			"lãnh đạo tỉnh", "phó chủ tịch ubnd tỉnh", "thường trực tỉnh ủy", "ban thường vụ tỉnh ủy", "chủ tịch hđnd tỉnh",
			"đoàn đại biểu quốc hội tỉnh", "tỉnh ủy", "ubnd tỉnh", "hđnd tỉnh");
	private static final List<String> DEFENCE_SECURITY = List.of("công an", "quân sự", "biên phòng", "quốc phòng", "an ninh",
			"tội phạm", "ma túy", "khởi tố", "bắt giữ", "trật tự");
	private static final List<String> CULTURE = List.of("văn hóa", "lễ hội", "du lịch", "giáo dục", "trường học", "học sinh",
			"y tế", "bệnh viện", "thể thao", "di sản", "nghệ thuật", "an sinh");
	private static final List<String> OPINION = List.of("dư luận", "mạng xã hội", "tin giả", "tin đồn", "bức xúc");

	private Sectioner() {
	}

	static Section sectionOf(ClassifiedArticle article) {
		if (article.tone() == Tone.NEGATIVE) {
			return Section.PROBLEMS;
		}
		String text = VietnameseText.lower(article.title() + " " + (article.lead() == null ? "" : article.lead()));
		if (article.needsResponse() || any(text, OPINION)) {
			return Section.OPINION;
		}
		if (any(text, LEADERSHIP)) {
			return Section.LEADERSHIP;
		}
		if (any(text, DEFENCE_SECURITY)) {
			return Section.DEFENCE_SECURITY;
		}
		if (any(text, CULTURE)) {
			return Section.CULTURE;
		}
		return Section.ECONOMY;
	}

	private static boolean any(String text, List<String> phrases) {
		return phrases.stream().anyMatch(phrase -> VietnameseText.containsPhrase(text, phrase));
	}
}
