package vn.diembao.classify;

import java.nio.file.Path;
import java.util.List;

import vn.diembao.shared.cli.CliCommand;

/** {@code classify-eval --input LABELLED.jsonl [--province lam-dong]}: precision, recall and F1 per label. */
public final class ClassifyEvalCommand implements CliCommand {

	static final String USAGE = "classify-eval --input LABELLED.jsonl [--province lam-dong|khanh-hoa]";

	@Override
	public String name() {
		return "classify-eval";
	}

	@Override
	public int run(String[] args) throws Exception {
		CliArguments arguments = new CliArguments(args, USAGE, "--input", "--province");
		List<Headline> headlines = Headline.readAll(Path.of(arguments.required("--input", USAGE)));
		ProvinceScope scope = ProvinceScope.named(arguments.optional("--province", "lam-dong"));
		ArticleClassifier classifier = ArticleClassifier.standard();
		Evaluation evaluation = new Evaluation(scope);
		for (Headline headline : headlines) {
			if (headline.labelled()) {
				evaluation.add(headline, classifier.classify(headline.text(), scope));
			}
		}
		System.out.println("Mô hình " + classifier.model().version());
		evaluation.report().forEach(System.out::println);
		return 0;
	}
}
