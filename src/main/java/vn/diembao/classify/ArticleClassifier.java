package vn.diembao.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.diembao.directory.ProvinceProfile;
import vn.diembao.shared.text.VietnameseText;

/**
 * The walking skeleton's rule classifier: gazetteer relevance, lexicon tone, keyword topic, and “cần phản hồi” when
 * a relevant negative article carries a complaint cue in its title or lead. Every decision says why.
 */
class ArticleClassifier {

	static final String MODEL_VERSION = "rules-0.1";

	private static final double HEADLINE_WEIGHT = 2;
	private static final double TONE_THRESHOLD = 2;
	private static final Pattern IT = Pattern.compile("chuyển đổi số|công nghệ số|công nghệ thông tin|ứng dụng cntt|"
			+ "chính phủ số|dữ liệu số|trí tuệ nhân tạo|an ninh mạng");
	private static final Pattern ADMIN_REFORM = Pattern.compile("cải cách hành chính|thủ tục hành chính|dịch vụ công|"
			+ "sắp xếp bộ máy|tinh gọn bộ máy|sáp nhập|một cửa");
	private static final Pattern DOMESTIC = Pattern.compile("quốc hội|chính phủ|thủ tướng|bộ chính trị|trung ương|"
			+ "chủ tịch nước|tổng bí thư");

	private final RelevanceMatcher relevanceMatcher = new RelevanceMatcher();
	private final Lexicon toneCues;
	private final Lexicon responseCues;

	ArticleClassifier(Lexicon toneCues, Lexicon responseCues) {
		this.toneCues = toneCues;
		this.responseCues = responseCues;
	}

	record Decision(boolean relevant, double relevanceScore, Tone tone, Topic topic, boolean needsResponse,
			List<String> places, List<String> reasons) {
	}

	Decision classify(ArticleText text, ProvinceProfile profile) {
		RelevanceMatcher.Relevance relevance = relevanceMatcher.match(text, profile);
		List<String> reasons = new ArrayList<>(relevance.reasons());
		if (!relevance.relevant()) {
			reasons.add("Không đủ căn cứ về địa bàn " + profile.name() + " (điểm " + relevance.score() + ")");
		}
		Tone tone = tone(text, reasons);
		Topic topic = topic(text, relevance.relevant(), reasons);
		boolean needsResponse = relevance.relevant() && tone == Tone.NEGATIVE && hasResponseCue(text, reasons);
		return new Decision(relevance.relevant(), relevance.score(), tone, topic, needsResponse, relevance.places(), reasons);
	}

	private Tone tone(ArticleText text, List<String> reasons) {
		double score = 0;
		List<String> cues = new ArrayList<>();
		for (Map.Entry<String, Double> cue : toneCues.weights().entrySet()) {
			boolean inHeadline = VietnameseText.containsPhrase(text.headline(), cue.getKey());
			boolean inBody = VietnameseText.containsPhrase(text.body(), cue.getKey());
			if (inHeadline || inBody) {
				score += cue.getValue() * (inHeadline ? HEADLINE_WEIGHT : 1);
				cues.add(cue.getKey() + " (" + (cue.getValue() > 0 ? "+" : "") + cue.getValue() + ")");
			}
		}
		Tone tone = score <= -TONE_THRESHOLD ? Tone.NEGATIVE : score >= TONE_THRESHOLD ? Tone.POSITIVE : Tone.NEUTRAL;
		reasons.add("Sắc thái " + tone.label() + " (điểm " + score + ")" + (cues.isEmpty() ? "" : ": " + String.join(", ", cues)));
		return tone;
	}

	private static Topic topic(ArticleText text, boolean relevant, List<String> reasons) {
		String headline = text.headline();
		Topic topic;
		if (IT.matcher(headline).find()) {
			topic = Topic.IT_DIGITAL;
		}
		else if (ADMIN_REFORM.matcher(headline).find()) {
			topic = Topic.ADMIN_REFORM;
		}
		else if (relevant) {
			topic = Topic.LOCAL_NEWS;
		}
		else if (DOMESTIC.matcher(headline).find()) {
			topic = Topic.DOMESTIC_AFFAIRS;
		}
		else {
			topic = Topic.OTHER;
		}
		reasons.add("Chủ đề: " + topic.label());
		return topic;
	}

	private boolean hasResponseCue(ArticleText text, List<String> reasons) {
		for (String cue : responseCues.weights().keySet()) {
			if (VietnameseText.containsPhrase(text.headline(), cue)) {
				reasons.add("Cần phản hồi: tiêu đề/sapo có \"" + cue + "\"");
				return true;
			}
		}
		return false;
	}
}
