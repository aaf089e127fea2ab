package vn.diembao.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.diembao.shared.cli.CliCommand;

/**
 * {@code classify-bench --input HEADLINES.jsonl [--seconds 10] [--province lam-dong]}: single-threaded throughput
 * (articles per second of one thread's CPU time, and by the wall clock) after a warm-up, cycling over the input.
 */
public final class ClassifyBenchCommand implements CliCommand {

	static final String USAGE = "classify-bench --input HEADLINES.jsonl [--seconds 10] [--province lam-dong]";

	@Override
	public String name() {
		return "classify-bench";
	}

	@Override
	public int run(String[] args) throws Exception {
		CliArguments arguments = new CliArguments(args, USAGE, "--input", "--seconds", "--province");
		List<ArticleText> texts = Headline.readAll(Path.of(arguments.required("--input", USAGE)))
			.stream()
			.map(Headline::text)
			.toList();
		ProvinceScope scope = ProvinceScope.named(arguments.optional("--province", "lam-dong"));
		double seconds = Double.parseDouble(arguments.optional("--seconds", "10"));
		ArticleClassifier classifier = ArticleClassifier.standard();
		run(classifier, texts, scope, Math.min(3, seconds / 3));
		long[] result = run(classifier, texts, scope, seconds);
		// CPU time of this thread, not wall time: on a shared machine the wall clock also counts other processes' turns
		System.out.printf(Locale.ROOT, "%d tin trong %.1f s (CPU %.1f s): %.0f tin/giây trên một lõi (theo thời gian CPU; "
				+ "%.0f theo đồng hồ) — mô hình %s%n", result[0], result[1] / 1e9, result[3] / 1e9, result[0] / (result[3] / 1e9),
				result[0] / (result[1] / 1e9), classifier.model().version());
		return 0;
	}

	private static long[] run(ArticleClassifier classifier, List<ArticleText> texts, ProvinceScope scope, double seconds) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long deadline = start + (long) (seconds * 1e9);
		long count = 0;
		int relevant = 0;
		while (System.nanoTime() < deadline) {
			for (ArticleText text : texts) {
				relevant += classifier.classify(text, scope).relevant() ? 1 : 0;
				count++;
			}
		}
		return new long[] { count, System.nanoTime() - start, relevant, threads.getCurrentThreadCpuTime() - cpuStart };
	}
}
