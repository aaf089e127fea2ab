package vn.diembao.classify;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.diembao.shared.cli.CliCommand;

/**
 * {@code classify --input IN.jsonl --output OUT.jsonl [--province lam-dong]}: one JSON decision per input line, without
 * the web server or the database.
 */
public final class ClassifyCommand implements CliCommand {

	static final String USAGE = "classify --input IN.jsonl --output OUT.jsonl [--province lam-dong|khanh-hoa]";

	@Override
	public String name() {
		return "classify";
	}

	@Override
	public int run(String[] args) throws Exception {
		CliArguments arguments = new CliArguments(args, USAGE, "--input", "--output", "--province");
		Path input = Path.of(arguments.required("--input", USAGE));
		Path output = Path.of(arguments.required("--output", USAGE));
		ProvinceScope scope = ProvinceScope.named(arguments.optional("--province", "lam-dong"));
		ArticleClassifier classifier = ArticleClassifier.standard();
		int count = 0;
		try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
				BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				Headline headline = Headline.parse(line);
				writer.write(Headline.JSON.writeValueAsString(toJson(headline.id(), classifier.classify(headline.text(), scope))));
				writer.newLine();
				count++;
			}
		}
		System.err.println("Đã phân loại " + count + " tin (" + scope.name() + ", mô hình "
				+ classifier.model().version() + ") → " + output);
		return 0;
	}

	static Map<String, Object> toJson(String id, ArticleClassifier.Decision decision) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("relevant", decision.relevant());
		json.put("tone", decision.tone().code());
		json.put("needs_response", decision.needsResponse());
		json.put("topic", decision.topic().code());
		json.put("agencies", decision.agencies());
		json.put("places", decision.places());
		json.put("reasons", decision.reasons());
		json.put("model_version", decision.modelVersion());
		return json;
	}
}
