package vn.diembao.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

import vn.diembao.shared.text.VietnameseText;

/**
 * Suggests up to three agencies with the DMN table {@code bpmn/agency-routing.dmn}: the UBND of a named commune first,
 * then the departments of the strongest cue categories. Runs on a standalone DMN engine, so the CLI needs no Camunda
 * process engine and the app gives the same answer.
 */
final class AgencyRouter {

	static final int LIMIT = 3;

	/** A place the article is about, at the level the DMN distinguishes. */
	record Place(String name, Gazetteer.Level level) {
	}

	private final DmnEngine engine;
	private final DmnDecision decision;
	private final Map<String, Map<String, Integer>> cache = new ConcurrentHashMap<>();

	AgencyRouter() {
		this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = AgencyRouter.class.getClassLoader().getResourceAsStream("bpmn/agency-routing.dmn")) {
			if (in == null) {
				throw new IllegalStateException("Thiếu bpmn/agency-routing.dmn trên classpath");
			}
			this.decision = engine.parseDecision("agency-routing", in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Categories with their cue strength (strongest first wins a tie on rank), places in order of mention. */
	List<String> suggest(Map<String, Double> categories, List<Place> places) {
		Map<String, Double> scored = new LinkedHashMap<>();
		for (Place place : places) {
			if (place.level() == Gazetteer.Level.COMMUNE || place.level() == Gazetteer.Level.DISTRICT) {
				evaluate("", place.level().name(), slug(place.name()), 100.0 - scored.size(), scored);
			}
		}
		categories.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(category -> evaluate(category.getKey(), "", "", category.getValue(), scored));
		List<Map.Entry<String, Double>> ranked = new ArrayList<>(scored.entrySet());
		ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
		return ranked.stream().map(Map.Entry::getKey).limit(LIMIT).toList();
	}

	private void evaluate(String category, String level, String placeSlug, double strength, Map<String, Double> scored) {
		for (Map.Entry<String, Integer> row : cached(category, level, placeSlug).entrySet()) {
			// rank 1 (the local body) comes before every rank-2 department; strength orders within a rank
			scored.merge(row.getKey(), (3 - row.getValue()) * 1000 + strength, Math::max);
		}
	}

	/** The table is a pure function of its inputs, and FEEL evaluation costs more than all the rest of a decision. */
	private Map<String, Integer> cached(String category, String level, String placeSlug) {
		String key = category + "|" + level + "|" + placeSlug;
		Map<String, Integer> rows = cache.get(key);
		if (rows == null) {
			rows = new LinkedHashMap<>();
			var variables = Variables.createVariables()
				.putValue("category", category)
				.putValue("placeLevel", level)
				.putValue("placeSlug", placeSlug);
			for (Map<String, Object> row : engine.evaluateDecisionTable(decision, variables).getResultList()) {
				rows.put((String) row.get("agency"), ((Number) row.get("rank")).intValue());
			}
			if (cache.size() < 50_000) {
				cache.put(key, rows);
			}
		}
		return rows;
	}

	static String slug(String placeName) {
		return VietnameseText.fold(placeName).replace(' ', '-');
	}
}
