package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies one article for one province profile: gazetteer relevance, then a linear model over syllables and
 * lexicon cues for tone, topic and “cần phản hồi”, then agencies from the DMN. Built from plain classpath data, so the
 * CLI runs it without Spring or a database. Every decision says why.
 */
final class ArticleClassifier {

	static final String MODEL_RESOURCE = "classify/model.tsv";

	// a handful of examples each in the labelled data: too few to learn, so the bulletin's own words decide; matched
	// against Tokens' syllables, so written as Tokens spells them (a lone i after a consonant is i: “chữ kí số”)
	private static final Pattern IT = Pattern.compile("chuyển đổi số|công nghệ số|công nghệ thông tin|ứng dụng cntt|"
			+ "chính phủ số|chính quyền số|dữ liệu số|trí tuệ nhân tạo|an ninh mạng|an toàn thông tin|chữ kí số|"
			+ "định danh điện tử|vneid|\\bai\\b|blockchain|nền tảng số|kinh tế số|xã hội số");
	private static final Pattern ADMIN_REFORM = Pattern.compile("cải cách hành chính|thủ tục hành chính|dịch vụ công|"
			+ "sắp xếp bộ máy|tinh gọn bộ máy|sáp nhập|một cửa|tinh giản biên chế|chính quyền hai cấp|chính quyền 2 cấp|"
			+ "sắp xếp đơn vị hành chính|bộ máy");

	record Decision(boolean relevant, double relevanceScore, Tone tone, Topic topic, boolean needsResponse,
			List<String> places, List<String> agencies, List<String> reasons, String modelVersion) {
	}

	private final Gazetteer gazetteer;
	private final RelevanceScorer relevanceScorer;
	private final Lexicon lexicon;
	private final LinearModel model;
	private final AgencyRouter router;

	ArticleClassifier(Gazetteer gazetteer, Lexicon lexicon, LinearModel model, AgencyRouter router) {
		this.gazetteer = gazetteer;
		this.relevanceScorer = new RelevanceScorer(gazetteer);
		this.lexicon = lexicon;
		this.model = model;
		this.router = router;
	}

	/** The shipped gazetteer, lexicon, model and routing table from the classpath. */
	static ArticleClassifier standard() {
		return new ArticleClassifier(Gazetteer.load(), Lexicon.load(), loadModel(), new AgencyRouter());
	}

	/** For training when no model exists yet: features do not depend on the model. */
	static ArticleClassifier bootstrap() {
		LinearModel empty = new LinearModel("none", ModelTrainer.OUTPUTS, java.util.Map.of(), java.util.Map.of());
		return new ArticleClassifier(Gazetteer.load(), Lexicon.load(), empty, new AgencyRouter());
	}

	ArticleClassifier withModel(LinearModel other) {
		return new ArticleClassifier(gazetteer, lexicon, other, router);
	}

	ArticleClassifier withGazetteer(Gazetteer other) {
		return new ArticleClassifier(other, lexicon, model, router);
	}

	Gazetteer gazetteer() {
		return gazetteer;
	}

	LinearModel model() {
		return model;
	}

	static LinearModel loadModel() {
		try (InputStream in = ArticleClassifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Thiếu mô hình " + MODEL_RESOURCE + " (chạy classify-train)");
			}
			return LinearModel.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What the model sees of an article: the features and, for the reasons, the relevance and cue hits. */
	record Analysis(RelevanceScorer.Relevance relevance, List<Lexicon.Hit> hits, FeatureVector features, Tokens title,
			Tokens lead) {
	}

	Analysis analyse(ArticleText text, ProvinceScope scope) {
		Tokens title = Tokens.of(text.title());
		Tokens lead = Tokens.of(text.lead());
		RelevanceScorer.Relevance relevance = relevanceScorer.score(title, lead, text, scope);
		List<Lexicon.Hit> hits = lexicon.find(title, lead);
		FeatureVector features = Features.extract(title, lead, hits, relevance);
		if (text.title().contains("?")) {
			features.add("ctx:question", 1);
		}
		return new Analysis(relevance, hits, features, title, lead);
	}

	Decision classify(ArticleText text, ProvinceScope scope) {
		Analysis analysis = analyse(text, scope);
		RelevanceScorer.Relevance relevance = analysis.relevance();
		double[] p = model.predict(analysis.features());
		List<String> reasons = new ArrayList<>(relevance.reasons());
		Tone tone = tone(p, analysis, reasons);
		Topic topic = topic(analysis, p, reasons);
		double needs = p[model.outputs().indexOf(LinearModel.NEEDS_RESPONSE)];
		boolean needsResponse = relevance.relevant() && tone == Tone.NEGATIVE
				&& needs >= model.threshold(LinearModel.NEEDS_RESPONSE);
		reasons.add(String.format(Locale.ROOT, "Cần phản hồi: %s (xác suất %.2f, ngưỡng %.2f)%s", needsResponse ? "có" : "không",
				needs, model.threshold(LinearModel.NEEDS_RESPONSE), cues(analysis.hits(), Lexicon.Polarity.RESP)));
		List<String> agencies = relevance.relevant() && tone == Tone.NEGATIVE ? agencies(analysis, relevance) : List.of();
		if (!agencies.isEmpty()) {
			reasons.add("Cơ quan gợi ý (agency-routing.dmn): " + String.join(", ", agencies));
		}
		reasons.add("Mô hình " + model.version());
		return new Decision(relevance.relevant(), relevance.score(), tone, topic, needsResponse, relevance.places(),
				agencies, reasons, model.version());
	}

	private Tone tone(double[] p, Analysis analysis, List<String> reasons) {
		double negative = p[model.outputs().indexOf(LinearModel.NEGATIVE)];
		double positive = p[model.outputs().indexOf(LinearModel.POSITIVE)];
		Tone tone = negative >= model.threshold(LinearModel.NEGATIVE) ? Tone.NEGATIVE
				: positive >= model.threshold(LinearModel.POSITIVE) ? Tone.POSITIVE : Tone.NEUTRAL;
		String output = tone == Tone.POSITIVE ? LinearModel.POSITIVE : LinearModel.NEGATIVE;
		reasons.add(String.format(Locale.ROOT, "Sắc thái %s (tiêu cực %.2f, ngưỡng %.2f; tích cực %.2f)%s%s", tone.label(),
				negative, model.threshold(LinearModel.NEGATIVE), positive,
				cues(analysis.hits(), tone == Tone.POSITIVE ? Lexicon.Polarity.POS : Lexicon.Polarity.NEG),
				"; đặc trưng: " + String.join(", ", model.strongest(analysis.features(), output, 4))));
		return tone;
	}

	private Topic topic(Analysis analysis, double[] p, List<String> reasons) {
		String title = analysis.title().joined();
		String headline = title + " . " + analysis.lead().joined();
		Topic topic;
		String why;
		if (IT.matcher(title).find()) {
			topic = Topic.IT_DIGITAL;
			why = "từ khóa CNTT/chuyển đổi số trong tiêu đề";
		}
		else if (ADMIN_REFORM.matcher(headline).find()) {
			topic = Topic.ADMIN_REFORM;
			why = "từ khóa cải cách hành chính";
		}
		else {
			topic = Topic.LOCAL_NEWS;
			double best = -1;
			for (Topic candidate : Topic.values()) {
				int k = model.outputs().indexOf("topic." + candidate.code());
				if (k >= 0 && p[k] > best) {
					best = p[k];
					topic = candidate;
				}
			}
			why = String.format(Locale.ROOT, "mô hình %.2f", best);
		}
		reasons.add("Chủ đề: " + topic.label() + " (" + why + ")");
		return topic;
	}

	private List<String> agencies(Analysis analysis, RelevanceScorer.Relevance relevance) {
		Map<String, Double> categories = new LinkedHashMap<>();
		for (Lexicon.Hit hit : analysis.hits()) {
			if (hit.cue().polarity() == Lexicon.Polarity.NEG) {
				categories.merge(hit.cue().category(), Math.abs(hit.cue().weight()), Double::sum);
			}
		}
		return router.suggest(categories, relevance.localPlaces());
	}

	private static String cues(List<Lexicon.Hit> hits, Lexicon.Polarity polarity) {
		List<String> phrases = hits.stream()
			.filter(hit -> hit.cue().polarity() == polarity)
			.map(hit -> "“" + hit.cue().phrase() + "”" + (hit.inTitle() ? " (tiêu đề)" : ""))
			.distinct()
			.toList();
		return phrases.isEmpty() ? "" : "; từ khóa: " + String.join(", ", phrases);
	}
}
