package vn.diembao.classify;

import java.util.Locale;

/** Precision, recall and F1 of one label. */
final class Metrics {

	private Metrics() {
	}

	static final class Counts {

		int truePositives;
		int falsePositives;
		int falseNegatives;
		int trueNegatives;

		void add(boolean predicted, boolean actual) {
			if (predicted && actual) {
				truePositives++;
			}
			else if (predicted) {
				falsePositives++;
			}
			else if (actual) {
				falseNegatives++;
			}
			else {
				trueNegatives++;
			}
		}

		double precision() {
			return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		int support() {
			return truePositives + falseNegatives;
		}

		String line(String label) {
			return String.format(Locale.ROOT, "%-28s P=%.3f R=%.3f F1=%.3f  (support %d, predicted %d)", label, precision(),
					recall(), f1(), support(), truePositives + falsePositives);
		}
	}
}
