package vn.diembao.classify;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.diembao.shared.cli.CliCommand;

/**
 * {@code classify-train --input LABELLED.jsonl [--folds 5] [--output MODEL.tsv] [--version NAME] [--written false]}:
 * prints k-fold cross-validated figures of the input (the team's written headlines join every fold's training unless
 * {@code --written false}), then fits on everything and writes the model (the shipped
 * {@code src/main/resources/classify/model.tsv} is made this way from shared/data/headlines-dev.jsonl).
 */
public final class ClassifyTrainCommand implements CliCommand {

	static final String USAGE = "classify-train --input LABELLED.jsonl [--folds 5] [--output MODEL.tsv] [--version NAME]"
			+ " [--written false]";

	@Override
	public String name() {
		return "classify-train";
	}

	@Override
	public int run(String[] args) throws Exception {
		CliArguments arguments = new CliArguments(args, USAGE, "--input", "--folds", "--output", "--version",
				"--written");
		List<Headline> headlines = Headline.readAll(Path.of(arguments.required("--input", USAGE))).stream()
			.filter(Headline::labelled)
			.toList();
		int folds = Integer.parseInt(arguments.optional("--folds", String.valueOf(Training.FOLDS)));
		List<Headline> written = Boolean.parseBoolean(arguments.optional("--written", "true")) ? WrittenHeadlines.load()
				: List.of();
		Training training = new Training(ArticleClassifier.bootstrap(), 42, written);
		System.out.println("Kiểm định chéo " + folds + " phần trên " + headlines.size() + " tin"
				+ (written.isEmpty() ? "" : " (cùng " + written.size() + " tin tự biên soạn luôn ở phần huấn luyện)") + ":");
		for (Evaluation evaluation : training.crossValidate(headlines, folds)) {
			evaluation.report().forEach(System.out::println);
		}
		training.negativeCurve(headlines).forEach(System.out::println);
		String output = arguments.optional("--output", null);
		if (output != null) {
			String version = arguments.optional("--version", "lr-" + java.time.LocalDate.now() + "-n" + headlines.size());
			LinearModel model = training.fit(training.examples(headlines), version);
			try (Writer writer = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
				model.write(writer);
			}
			System.out.println("Đã ghi mô hình " + version + " → " + output + " (ngưỡng " + model.thresholds() + ")");
		}
		return 0;
	}
}
