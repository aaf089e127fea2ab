package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Independent logistic regressions over the same features (one per output: tone.negative, tone.positive,
 * needs-response, topic.*), with the decision threshold of each chosen by cross-validation when it was trained.
 * Stored as UTF-8 text: a version line, the outputs, thresholds, then one line of weights per feature.
 */
final class LinearModel {

	static final String NEGATIVE = "tone.negative";
	static final String POSITIVE = "tone.positive";
	static final String NEEDS_RESPONSE = "needs-response";

	private final String version;
	private final List<String> outputs;
	private final Map<String, Double> thresholds;
	private final Map<String, double[]> weights;

	LinearModel(String version, List<String> outputs, Map<String, Double> thresholds, Map<String, double[]> weights) {
		this.version = version;
		this.outputs = List.copyOf(outputs);
		this.thresholds = Map.copyOf(thresholds);
		this.weights = weights;
	}

	String version() {
		return version;
	}

	List<String> outputs() {
		return outputs;
	}

	double threshold(String output) {
		return thresholds.getOrDefault(output, 0.5);
	}

	Map<String, Double> thresholds() {
		return thresholds;
	}

	/** Probability of each output, in the order of {@link #outputs()}. */
	double[] predict(FeatureVector vector) {
		double[] sums = new double[outputs.size()];
		for (Map.Entry<String, Double> feature : vector.values().entrySet()) {
			double[] w = weights.get(feature.getKey());
			if (w != null) {
				double value = feature.getValue();
				for (int k = 0; k < sums.length; k++) {
					sums[k] += w[k] * value;
				}
			}
		}
		for (int k = 0; k < sums.length; k++) {
			sums[k] = 1 / (1 + Math.exp(-sums[k]));
		}
		return sums;
	}

	/** The features that pushed {@code output} most, for the officer's “why”. */
	List<String> strongest(FeatureVector vector, String output, int limit) {
		int k = outputs.indexOf(output);
		List<Map.Entry<String, Double>> contributions = new ArrayList<>();
		for (Map.Entry<String, Double> feature : vector.values().entrySet()) {
			double[] w = weights.get(feature.getKey());
			if (w != null && !feature.getKey().equals("bias")) {
				contributions.add(Map.entry(feature.getKey(), w[k] * feature.getValue()));
			}
		}
		contributions.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
		return contributions.stream()
			.limit(limit)
			.map(c -> c.getKey().replace('_', ' ') + String.format(Locale.ROOT, " %+.2f", c.getValue()))
			.toList();
	}

	void write(Writer out) throws IOException {
		out.write("version\t" + version + "\n");
		out.write("outputs\t" + String.join("\t", outputs) + "\n");
		for (String output : outputs) {
			out.write(String.format(Locale.ROOT, "threshold\t%s\t%.4f%n", output, threshold(output)));
		}
		for (Map.Entry<String, double[]> feature : weights.entrySet()) {
			StringBuilder line = new StringBuilder("w\t").append(feature.getKey());
			for (double w : feature.getValue()) {
				line.append('\t').append(w == 0 ? "0" : String.format(Locale.ROOT, "%.4f", w));
			}
			out.write(line.append('\n').toString());
		}
	}

	static LinearModel read(BufferedReader in) throws IOException {
		String version = null;
		List<String> outputs = List.of();
		Map<String, Double> thresholds = new HashMap<>();
		Map<String, double[]> weights = new LinkedHashMap<>();
		String line;
		while ((line = in.readLine()) != null) {
			String[] cols = line.split("\t");
			switch (cols[0]) {
				case "version" -> version = cols[1];
				case "outputs" -> outputs = List.of(cols).subList(1, cols.length);
				case "threshold" -> thresholds.put(cols[1], Double.parseDouble(cols[2]));
				case "w" -> {
					double[] w = new double[cols.length - 2];
					for (int k = 0; k < w.length; k++) {
						w[k] = Double.parseDouble(cols[k + 2]);
					}
					weights.put(cols[1], w);
				}
				default -> {
				}
			}
		}
		if (version == null) {
			throw new IOException("Tệp mô hình không có dòng version");
		}
		return new LinearModel(version, outputs, thresholds, weights);
	}
}
