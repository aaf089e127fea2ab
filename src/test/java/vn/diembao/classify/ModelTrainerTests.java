package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTrainerTests {

	@Test
	void learnsASeparableCueAndSurvivesARoundTripThroughText() throws Exception {
		List<ModelTrainer.Example> examples = pollutionAndInaugurations(40, 40);
		LinearModel model = new ModelTrainer(1).train(examples, Map.of(LinearModel.NEGATIVE, 0.4), "test-1");

		StringWriter text = new StringWriter();
		model.write(text);
		LinearModel read = LinearModel.read(new BufferedReader(new StringReader(text.toString())));

		assertThat(read.version()).isEqualTo("test-1");
		assertThat(read.threshold(LinearModel.NEGATIVE)).isEqualTo(0.4);
		assertThat(read.predict(examples.get(0).features())[0]).isGreaterThan(0.8);
		assertThat(read.predict(examples.get(1).features())[0]).isLessThan(0.2);
	}

	@Test
	void writtenExamplesAreAlwaysTrainedOnAndNeverScoredForAThreshold() {
		List<ModelTrainer.Example> examples = pollutionAndInaugurations(60, 20);
		double[][] outOfFold = new ModelTrainer(3).crossValidate(examples, 5);

		assertThat(Arrays.asList(outOfFold).subList(0, 20)).doesNotContainNull();
		assertThat(Arrays.asList(outOfFold).subList(20, 60)).containsOnlyNulls();
		// thresholds come from the 20 real ones alone
		assertThat(ModelTrainer.chooseThresholds(examples, outOfFold)).containsKey(LinearModel.NEGATIVE);
	}

	@Test
	void crossValidatedFiguresOnTheDevSetAreHonestAndUseful() throws Exception {
		var dev = SharedData.require("data/headlines-dev.jsonl");
		List<Headline> headlines = Headline.readAll(dev);
		List<Evaluation> evaluations = new Training(ArticleClassifier.bootstrap(), 42).crossValidate(headlines, 5);
		Evaluation lamDong = evaluations.stream().filter(e -> e.scope().key().equals("lam-dong")).findFirst().orElseThrow();
		// far below the in-sample fit (1.0): these are out-of-fold figures, the written headlines in every fold's training
		assertThat(lamDong.get("tone:negative").recall()).isGreaterThan(0.88);
		assertThat(lamDong.get("tone:negative").precision()).isGreaterThan(0.75);
		assertThat(lamDong.get("needs_response").recall()).isGreaterThan(0.7);
		assertThat(lamDong.get("relevant").f1()).isGreaterThan(0.95);
	}

	/** Alternating negative (pollution) and other (inauguration) examples; those from {@code firstWritten} on are written. */
	private static List<ModelTrainer.Example> pollutionAndInaugurations(int count, int firstWritten) {
		List<ModelTrainer.Example> examples = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean bad = i % 2 == 0;
			FeatureVector features = new FeatureVector();
			features.add(bad ? "ô_nhiễm" : "khánh_thành", 1);
			features.add("bias", 1);
			examples.add(new ModelTrainer.Example(features, Map.of(LinearModel.NEGATIVE, bad), i >= firstWritten));
		}
		return examples;
	}
}
