package vn.diembao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.diembao.shared.cli.CliCommand;

/**
 * {@code extract --input-dir DIR --output FILE.json}: runs the article extractor over saved pages
 * ({@code *.html}, {@code *.html.gz}) without Spring or a database, for benchmarks and for checking an outlet's
 * layout offline. A page that fails gives empty fields rather than stopping the run.
 */
public class ExtractCommand implements CliCommand {

	private static final URI DUMMY_URL = URI.create("https://example.com/");

	@Override
	public String name() {
		return "extract";
	}

	@Override
	public int run(String[] args) throws IOException {
		Path inputDir = null;
		Path output = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--input-dir" -> inputDir = Path.of(value(args, ++i));
				case "--output" -> output = Path.of(value(args, ++i));
				default -> throw new IllegalArgumentException("unknown argument " + args[i]
						+ "; usage: extract --input-dir DIR --output FILE.json");
			}
		}
		if (inputDir == null || output == null) {
			throw new IllegalArgumentException("usage: extract --input-dir DIR --output FILE.json");
		}
		List<Path> pages = pages(inputDir);
		Map<String, Map<String, String>> results = new ConcurrentHashMap<>();
		ArticleExtractor extractor = new ArticleExtractor();
		pages.parallelStream().forEach(page -> results.put(id(page), extractOne(extractor, page)));
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.toFile(), new TreeMap<>(results));
		System.err.printf("extract: %d pages -> %s%n", pages.size(), output);
		return 0;
	}

	private static Map<String, String> extractOne(ArticleExtractor extractor, Path page) {
		Map<String, String> fields = new TreeMap<>();
		try {
			ExtractedArticle article = extractor.extractLenient(read(page), Optional.empty(), DUMMY_URL);
			fields.put("title", nullToEmpty(article.title()));
			fields.put("articleBody", nullToEmpty(article.fullBody()));
			fields.put("datePublished", article.publishedAt() == null ? "" : article.publishedAt().toString());
			fields.put("author", nullToEmpty(article.author()));
		}
		catch (RuntimeException | IOException failed) {
			System.err.println("extract: " + page.getFileName() + ": " + failed.getMessage());
			fields.put("title", "");
			fields.put("articleBody", "");
			fields.put("datePublished", "");
			fields.put("author", "");
		}
		return fields;
	}

	private static List<Path> pages(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("(?i).*\\.html?(\\.gz)?"))
				.sorted()
				.toList());
		}
	}

	private static byte[] read(Path page) throws IOException {
		try (InputStream raw = Files.newInputStream(page);
				InputStream in = page.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
			return in.readAllBytes();
		}
	}

	static String id(Path page) {
		return page.getFileName().toString().replaceFirst("(?i)\\.gz$", "").replaceFirst("(?i)\\.html?$", "");
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException("missing value after " + args[i - 1]);
		}
		return args[i];
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
