package vn.diembao.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.diembao.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of the feed-parser robustness corpus (feedparser's and ROME's test feeds in ../shared/bench/feeds) is
 * read with a per-file time limit: no uncaught exception and no hang is allowed; a clear “cannot read, because…”
 * is. Writes {@code target/feed-corpus-report.txt} listing the files that gave no items and why.
 */
class FeedCorpusTests {

	private static final long TIMEOUT_MILLIS = 2_000;
	private static final Pattern HEADER = Pattern.compile("^Header:\\s*Content-type:\\s*(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
	private static final URI BASE = URI.create("http://example.com/feed.xml");

	enum Outcome { ITEMS, NO_ITEMS, REJECTED, UNCAUGHT, TIMEOUT }

	record Result(Path file, Outcome outcome, int items, String detail) {
	}

	@Test
	void everyCorpusFeedIsReadOrRejectedCleanlyWithinTheTimeLimit() throws IOException {
		Path corpus = SharedData.require("bench/feeds");
		List<Path> files = corpusFiles(corpus);
		List<Result> results = readAll(files);

		writeReport(corpus, results);
		assertThat(files).hasSizeGreaterThan(2000);
		assertThat(results).filteredOn(r -> r.outcome() == Outcome.UNCAUGHT || r.outcome() == Outcome.TIMEOUT)
			.as("files that crashed or hung the feed reader")
			.isEmpty();
		// ROME's core sample feeds that have items must give them
		assertThat(results).filteredOn(FeedCorpusTests::isRomeCoreFeedWithItems)
			.isNotEmpty()
			.allSatisfy(r -> assertThat(r.outcome()).as(r.file().toString()).isEqualTo(Outcome.ITEMS));
	}

	private static boolean isRomeCoreFeedWithItems(Result result) {
		try {
			String content = Files.readString(result.file(), StandardCharsets.ISO_8859_1);
			return result.file().toString().replace('\\', '/').contains("rome/rome/src/test/resources/")
					&& result.file().getFileName().toString().matches("(rss|atom)_.*\\.xml")
					&& (content.contains("<item") || content.contains("<entry"));
		}
		catch (IOException e) {
			return false;
		}
	}

	private static List<Path> corpusFiles(Path corpus) throws IOException {
		try (Stream<Path> walk = Files.walk(corpus)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> p.getFileName().toString().matches("(?i).*\\.(xml|rss|atom|rdf|json|output|opml)"))
				.sorted()
				.toList();
		}
	}

	private static List<Result> readAll(List<Path> files) {
		List<Result> results = new ArrayList<>();
		ExecutorService executor = Executors.newSingleThreadExecutor(daemon());
		try {
			for (Path file : files) {
				Future<Result> future = executor.submit(() -> readOne(file));
				try {
					results.add(future.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
				}
				catch (TimeoutException hung) {
					future.cancel(true);
					executor.shutdownNow();
					executor = Executors.newSingleThreadExecutor(daemon());
					results.add(new Result(file, Outcome.TIMEOUT, 0, "no result within " + TIMEOUT_MILLIS + " ms"));
				}
				catch (ExecutionException | InterruptedException e) {
					results.add(new Result(file, Outcome.UNCAUGHT, 0, String.valueOf(e.getCause())));
				}
			}
		}
		finally {
			executor.shutdownNow();
		}
		return results;
	}

	private static Result readOne(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		try {
			int items = new FeedReader().read(content, BASE, contentType(content)).size();
			return new Result(file, items > 0 ? Outcome.ITEMS : Outcome.NO_ITEMS, items, "");
		}
		catch (FetchException rejected) {
			return new Result(file, Outcome.REJECTED, 0, rejected.getMessage());
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
			return new Result(file, Outcome.UNCAUGHT, 0, crash.toString());
		}
	}

	/** feedparser's encoding tests give the HTTP Content-Type in their comment header, as the server would send it. */
	private static String contentType(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 2000), StandardCharsets.ISO_8859_1);
		Matcher header = HEADER.matcher(head);
		return header.find() ? header.group(1).trim() : null;
	}

	private static void writeReport(Path corpus, List<Result> results) throws IOException {
		StringBuilder report = new StringBuilder("# Feed corpus report\n");
		for (Outcome outcome : Outcome.values()) {
			long count = results.stream().filter(r -> r.outcome() == outcome).count();
			report.append(String.format(Locale.ROOT, "%-9s %5d%n", outcome, count));
		}
		report.append(String.format(Locale.ROOT, "%-9s %5d%n%n", "FILES", results.size()));
		for (Result result : results) {
			if (result.outcome() != Outcome.ITEMS) {
				report.append(result.outcome()).append('\t').append(corpus.relativize(result.file())).append('\t')
					.append(result.detail().replace('\n', ' ')).append('\n');
			}
		}
		Path out = Path.of("target", "feed-corpus-report.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		System.out.println(report.substring(0, report.indexOf("\n\n")));
	}

	private static java.util.concurrent.ThreadFactory daemon() {
		return runnable -> {
			Thread thread = new Thread(runnable, "feed-corpus");
			thread.setDaemon(true);
			return thread;
		};
	}
}
