package vn.diembao.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-label precision, recall and F1 of decisions against labelled headlines. Relevance and needs-response are judged
 * against the chosen profile: a Ninh Thuận item is relevant for Khánh Hòa, not for Lâm Đồng.
 */
final class Evaluation {

	private final ProvinceScope scope;
	private final Map<String, Metrics.Counts> counts = new LinkedHashMap<>();
	private int total;

	Evaluation(ProvinceScope scope) {
		this.scope = scope;
		for (String label : List.of("relevant", "tone:negative", "tone:neutral", "tone:positive", "needs_response")) {
			counts.put(label, new Metrics.Counts());
		}
		for (Topic topic : Topic.values()) {
			counts.put("topic:" + topic.code(), new Metrics.Counts());
		}
	}

	void add(Headline gold, ArticleClassifier.Decision decision) {
		total++;
		boolean relevant = gold.relevantTo() != null && scope.labels().contains(gold.relevantTo());
		counts.get("relevant").add(decision.relevant(), relevant);
		for (Tone tone : Tone.values()) {
			counts.get("tone:" + tone.code()).add(decision.tone() == tone, tone.code().equals(gold.sentiment()));
		}
		counts.get("needs_response").add(decision.needsResponse(), relevant && Boolean.TRUE.equals(gold.needsResponse()));
		for (Topic topic : Topic.values()) {
			counts.get("topic:" + topic.code()).add(decision.topic() == topic, topic.code().equals(gold.topic()));
		}
	}

	ProvinceScope scope() {
		return scope;
	}

	Metrics.Counts get(String label) {
		return counts.get(label);
	}

	List<String> report() {
		List<String> lines = new ArrayList<>();
		lines.add("Hồ sơ tỉnh " + scope.key() + " (" + scope.name() + ", nhãn " + String.join("/", scope.labels()) + "), "
				+ total + " tin");
		counts.forEach((label, c) -> lines.add(c.line(label)));
		return lines;
	}
}
