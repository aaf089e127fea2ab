package vn.diembao.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains {@link LinearModel}s by stochastic gradient descent on the logistic loss with L2 regularisation, and
 * cross-validates: out-of-fold probabilities are what the decision thresholds are chosen on, never the training fit.
 */
final class ModelTrainer {

	static final List<String> OUTPUTS = List.of(LinearModel.NEGATIVE, LinearModel.POSITIVE, LinearModel.NEEDS_RESPONSE,
			"topic.local-news", "topic.domestic-affairs", "topic.it-digital", "topic.admin-reform", "topic.other");

	/** One labelled article; a missing label (an officer corrected only the tone) leaves that output untrained. */
	record Example(FeatureVector features, Map<String, Boolean> labels) {
	}

	private static final int EPOCHS = Integer.getInteger("diembao.train.epochs", 30);
	private static final double RATE = Double.parseDouble(System.getProperty("diembao.train.rate", "0.2"));
	private static final double L2 = Double.parseDouble(System.getProperty("diembao.train.l2", "1e-3"));
	private static final int MIN_COUNT = 2;

	private final long seed;

	ModelTrainer(long seed) {
		this.seed = seed;
	}

	LinearModel train(List<Example> examples, Map<String, Double> thresholds, String version) {
		Map<String, Integer> counts = new HashMap<>();
		for (Example example : examples) {
			example.features().values().keySet().forEach(name -> counts.merge(name, 1, Integer::sum));
		}
		Map<String, double[]> weights = new LinkedHashMap<>();
		counts.forEach((name, count) -> {
			if (count >= MIN_COUNT || name.startsWith("lex") || name.startsWith("ctx") || name.equals("bias")) {
				weights.put(name, new double[OUTPUTS.size()]);
			}
		});
		for (int k = 0; k < OUTPUTS.size(); k++) {
			fit(examples, weights, k);
		}
		weights.values().removeIf(w -> allZero(w));
		return new LinearModel(version, OUTPUTS, thresholds, weights);
	}

	private void fit(List<Example> examples, Map<String, double[]> weights, int k) {
		String output = OUTPUTS.get(k);
		List<Example> labelled = new ArrayList<>(examples.stream().filter(e -> e.labels().get(output) != null).toList());
		long positives = labelled.stream().filter(e -> e.labels().get(output)).count();
		if (positives == 0 || positives == labelled.size()) {
			return;
		}
		// rare classes (needs-response: a few percent) get more weight, or the model learns to say “no” always
		double positiveWeight = Math.min(5, Math.sqrt((double) (labelled.size() - positives) / positives));
		Random random = new Random(seed + k);
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(labelled, random);
			double rate = RATE / (1 + 0.2 * epoch);
			for (Example example : labelled) {
				boolean y = example.labels().get(output);
				double sum = 0;
				for (Map.Entry<String, Double> f : example.features().values().entrySet()) {
					double[] w = weights.get(f.getKey());
					sum += w == null ? 0 : w[k] * f.getValue();
				}
				double p = 1 / (1 + Math.exp(-sum));
				double gradient = (p - (y ? 1 : 0)) * (y ? positiveWeight : 1);
				for (Map.Entry<String, Double> f : example.features().values().entrySet()) {
					double[] w = weights.get(f.getKey());
					if (w != null) {
						w[k] -= rate * (gradient * f.getValue() + L2 * w[k]);
					}
				}
			}
		}
	}

	/** Out-of-fold probabilities: each example is scored by a model that never saw it. */
	double[][] crossValidate(List<Example> examples, int folds) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(seed));
		double[][] predictions = new double[examples.size()][];
		for (int fold = 0; fold < folds; fold++) {
			List<Example> training = new ArrayList<>();
			List<Integer> held = new ArrayList<>();
			for (int i = 0; i < order.size(); i++) {
				if (i % folds == fold) {
					held.add(order.get(i));
				}
				else {
					training.add(examples.get(order.get(i)));
				}
			}
			LinearModel model = train(training, Map.of(), "cv");
			for (int index : held) {
				predictions[index] = model.predict(examples.get(index).features());
			}
		}
		return predictions;
	}

	/**
	 * The thresholds an officer can live with: negative tone and needs-response must not be missed (the highest
	 * threshold that keeps the wanted recall), positive tone at its best F1.
	 */
	static Map<String, Double> chooseThresholds(List<Example> examples, double[][] predictions) {
		Map<String, Double> thresholds = new HashMap<>();
		thresholds.put(LinearModel.NEGATIVE, thresholdForRecall(examples, predictions, 0, 0.92));
		thresholds.put(LinearModel.NEEDS_RESPONSE, thresholdForRecall(examples, predictions, 2, 0.95));
		thresholds.put(LinearModel.POSITIVE, bestF1(examples, predictions, 1));
		return thresholds;
	}

	private static double thresholdForRecall(List<Example> examples, double[][] predictions, int k, double recall) {
		List<Double> positives = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			if (Boolean.TRUE.equals(examples.get(i).labels().get(OUTPUTS.get(k)))) {
				positives.add(predictions[i][k]);
			}
		}
		if (positives.isEmpty()) {
			return 0.5;
		}
		Collections.sort(positives);
		int allowedMisses = (int) Math.floor(positives.size() * (1 - recall));
		return Math.min(0.5, positives.get(allowedMisses) - 1e-6);
	}

	private static double bestF1(List<Example> examples, double[][] predictions, int k) {
		double best = 0.5;
		double bestF1 = -1;
		for (double t = 0.1; t <= 0.9; t += 0.025) {
			Metrics.Counts counts = new Metrics.Counts();
			for (int i = 0; i < examples.size(); i++) {
				Boolean label = examples.get(i).labels().get(OUTPUTS.get(k));
				if (label != null) {
					counts.add(predictions[i][k] >= t, label);
				}
			}
			if (counts.f1() > bestF1) {
				bestF1 = counts.f1();
				best = t;
			}
		}
		return best;
	}

	private static boolean allZero(double[] w) {
		for (double v : w) {
			if (Math.abs(v) >= 5e-5) {
				return false;
			}
		}
		return true;
	}
}
