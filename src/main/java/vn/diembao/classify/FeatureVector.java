package vn.diembao.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named feature values of one article; a name added twice keeps the larger value. */
final class FeatureVector {

	private final Map<String, Double> values = new LinkedHashMap<>(256);

	void add(String name, double value) {
		values.merge(name, value, Math::max);
	}

	Map<String, Double> values() {
		return values;
	}
}
