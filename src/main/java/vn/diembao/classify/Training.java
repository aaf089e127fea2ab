package vn.diembao.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * From labelled headlines to a model: features are computed with the profile the item belongs to (so “relevant”
 * means “about one of our provinces”), thresholds come from cross-validation on the training part only, and the
 * reported figures from folds the model never saw. The team's {@link WrittenHeadlines} join every training set but
 * are never held out or scored: the figures are about real articles.
 */
final class Training {

	static final int FOLDS = 5;

	private final ArticleClassifier classifier;
	private final ModelTrainer trainer;
	private final List<ModelTrainer.Example> written;

	Training(ArticleClassifier classifier, long seed) {
		this(classifier, seed, WrittenHeadlines.load());
	}

	Training(ArticleClassifier classifier, long seed, List<Headline> written) {
		this.classifier = classifier;
		this.trainer = new ModelTrainer(seed);
		this.written = written.stream().map(headline -> example(headline, true)).toList();
	}

	ModelTrainer.Example example(Headline headline) {
		return example(headline, false);
	}

	private ModelTrainer.Example example(Headline headline, boolean written) {
		ProvinceScope scope = scopeOf(headline.relevantTo());
		FeatureVector features = classifier.analyse(headline.text(), scope).features();
		Map<String, Boolean> labels = new HashMap<>();
		if (headline.sentiment() != null) {
			labels.put(LinearModel.NEGATIVE, "negative".equals(headline.sentiment()));
			labels.put(LinearModel.POSITIVE, "positive".equals(headline.sentiment()));
		}
		// needs-response is only ever decided for relevant negative items, so that is what it learns from
		if (headline.relevantTo() != null && "negative".equals(headline.sentiment()) && headline.needsResponse() != null) {
			labels.put(LinearModel.NEEDS_RESPONSE, headline.needsResponse());
		}
		if (headline.topic() != null) {
			for (Topic topic : Topic.values()) {
				labels.put("topic." + topic.code(), topic.code().equals(headline.topic()));
			}
		}
		return new ModelTrainer.Example(features, labels, written);
	}

	List<ModelTrainer.Example> examples(List<Headline> headlines) {
		return headlines.stream().map(this::example).toList();
	}

	/** A model from these real examples and the written ones, with thresholds set on the real ones' folds. */
	LinearModel fit(List<ModelTrainer.Example> examples, String version) {
		List<ModelTrainer.Example> all = withWritten(examples);
		Map<String, Double> thresholds = ModelTrainer.chooseThresholds(all, trainer.crossValidate(all, FOLDS));
		return trainer.train(all, thresholds, version);
	}

	private List<ModelTrainer.Example> withWritten(List<ModelTrainer.Example> examples) {
		List<ModelTrainer.Example> all = new ArrayList<>(examples);
		all.addAll(written);
		return all;
	}

	/** K-fold figures of the whole pipeline, per profile: each fold classified by a model fitted without it. */
	List<Evaluation> crossValidate(List<Headline> headlines, int folds) {
		List<ModelTrainer.Example> examples = examples(headlines);
		List<Evaluation> evaluations = ProvinceScope.all().stream().map(Evaluation::new).toList();
		for (int fold = 0; fold < folds; fold++) {
			int held = fold;
			Predicate<Integer> inFold = i -> Math.floorMod(headlines.get(i).hashCode() * 31 + i, folds) == held;
			List<ModelTrainer.Example> training = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				if (!inFold.test(i)) {
					training.add(examples.get(i));
				}
			}
			ArticleClassifier foldClassifier = classifier.withModel(fit(training, "cv-" + fold));
			for (int i = 0; i < headlines.size(); i++) {
				if (inFold.test(i)) {
					for (Evaluation evaluation : evaluations) {
						evaluation.add(headlines.get(i), foldClassifier.classify(headlines.get(i).text(), evaluation.scope()));
					}
				}
			}
		}
		return evaluations;
	}

	/** Out-of-fold precision and recall of the negative tone at several thresholds: the trade-off behind the choice. */
	List<String> negativeCurve(List<Headline> headlines) {
		List<ModelTrainer.Example> examples = examples(headlines);
		double[][] predictions = trainer.crossValidate(withWritten(examples), FOLDS);
		List<String> lines = new ArrayList<>();
		for (double t : new double[] { 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 }) {
			Metrics.Counts counts = new Metrics.Counts();
			for (int i = 0; i < examples.size(); i++) {
				counts.add(predictions[i][0] >= t, examples.get(i).labels().get(LinearModel.NEGATIVE));
			}
			lines.add(counts.line(String.format(java.util.Locale.ROOT, "tiêu cực ≥ %.2f", t)));
		}
		return lines;
	}

	static ProvinceScope scopeOf(String relevantTo) {
		return ProvinceScope.all()
			.stream()
			.filter(scope -> relevantTo != null && scope.labels().contains(relevantTo))
			.findFirst()
			.orElseGet(() -> ProvinceScope.named("lam-dong"));
	}
}
