package vn.diembao.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.diembao.faults.FaultFixtures.connect;

/**
 * Replays a 100,000-articles-a-day stream of feeds from a local server through ingest and classification on one node
 * with a 1 GB heap, accelerated (default 10×: about 11.6 articles a second), and reports the sustained throughput, the
 * backlog (published but not yet in the inbox) over time, and the heap. Every five seconds of the run the farm
 * publishes its share of new articles and every source falls due, as its polling interval would make it.
 * Run: {@code mvn -Pbench verify -Dtest=IngestLoadBenchmark} (options: -Dbench.perDay=100000 -Dbench.speedup=10
 * -Dbench.seconds=180 -Dbench.feeds=50); figures in target/bench-ingest.txt.
 */
@Tag("bench")
class IngestLoadBenchmark {

	@Test
	void oneNodeKeepsUpWithAHundredThousandArticlesADay() throws Exception {
		int perDay = Integer.getInteger("bench.perDay", 100_000);
		int speedup = Integer.getInteger("bench.speedup", 10);
		int seconds = Integer.getInteger("bench.seconds", 180);
		int feeds = Integer.getInteger("bench.feeds", 50);
		double perSecond = perDay * (double) speedup / 86_400;
		List<String> report = new ArrayList<>();
		report.add("target: " + perDay + " articles/day × " + speedup + " = " + String.format("%.1f", perSecond)
				+ " articles/s from " + feeds + " feeds, for " + seconds + " s, heap -Xmx1g");
		String url = FaultFixtures.createDatabase("diembao_bench_ingest");
		try (FeedFarm farm = new FeedFarm(feeds, 100)) {
			AppNode node = new AppNode("bench-ingest", FaultFixtures.freePort(), url, FaultFixtures.nodeProperties(farm),
					"-Xmx1g", "-Xms256m");
			try (node; Connection db = connect(url)) {
				node.start(Duration.ofMinutes(4));
				FaultFixtures.registerSources(db, farm);
				long started = System.nanoTime();
				double owed = 0;
				long maxHeapMb = 0;
				long maxBacklog = 0;
				List<Long> backlogs = new ArrayList<>();
				for (int tick = 1; tick * 5 <= seconds; tick++) {
					owed += perSecond * 5;
					farm.publish((int) owed);
					owed -= (int) owed;
					FaultFixtures.sourcesDue(db);
					sleepUntil(started + TimeUnit.SECONDS.toNanos(tick * 5L));
					Map<String, Long> counts = FaultFixtures.pipelineCounts(db);
					long backlog = farm.publishedTotal() - counts.get("inbox");
					long heap = heapUsedMb(node.pid());
					maxHeapMb = Math.max(maxHeapMb, heap);
					maxBacklog = Math.max(maxBacklog, backlog);
					backlogs.add(backlog);
					if (tick % 6 == 0) {
						report.add(String.format("t=%3d s published %6d stored %6d classified %6d inbox %6d backlog %5d heap %4d MB",
								tick * 5, farm.publishedTotal(), counts.get("articles"), counts.get("classified"),
								counts.get("inbox"), backlog, heap));
					}
				}
				long elapsed = System.nanoTime() - started;
				Map<String, Long> end = FaultFixtures.pipelineCounts(db);
				double throughput = end.get("inbox") / (elapsed / 1e9);
				report.add(String.format("sustained: %.1f articles/s into the inbox (%.0f/day, %.1f× the 100,000/day target);"
						+ " peak heap used %d MB of 1024; largest backlog %d articles", throughput, throughput * 86_400,
						throughput * 86_400 / 100_000, maxHeapMb, maxBacklog));
				// the backlog of the middle third against the last third: a node that keeps up has no upward trend
				int third = backlogs.size() / 3;
				double middle = backlogs.subList(third, 2 * third).stream().mapToLong(Long::longValue).average().orElse(0);
				double last = backlogs.subList(2 * third, backlogs.size()).stream().mapToLong(Long::longValue).average().orElse(0);
				boolean keepsUp = last <= middle * 1.25 + perSecond * 10;
				report.add(String.format("backlog: %.0f on average in the middle third of the run, %.0f in the last third: %s",
						middle, last, keepsUp ? "no growth, the node keeps up" : "GROWING, the node falls behind"));
				long drainStart = System.nanoTime();
				while (FaultFixtures.pipelineCounts(db).get("inbox") < farm.publishedTotal()
						&& System.nanoTime() - drainStart < TimeUnit.SECONDS.toNanos(180)) {
					FaultFixtures.sourcesDue(db);
					Thread.sleep(5000);
				}
				report.add("drained " + FaultFixtures.pipelineCounts(db) + " of " + farm.publishedTotal() + " published, "
						+ TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - drainStart) + " s after the last tick");
				long articles = FaultFixtures.count(db, "select count(*) from app.article");
				long appBytes = FaultFixtures.count(db, "select sum(pg_total_relation_size(c.oid)) from pg_class c"
						+ " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'app' and c.relkind = 'r'");
				long articleBytes = FaultFixtures.count(db, "select pg_total_relation_size('app.article')");
				report.add(String.format("storage: %d bytes per article in schema app (app.article alone %d, with indexes"
						+ " and TOAST); at 100,000 articles/day that is %.1f GB a month", appBytes / Math.max(1, articles),
						articleBytes / Math.max(1, articles), appBytes / (double) Math.max(1, articles) * 3_000_000 / 1e9));
				assertThat(maxHeapMb).isLessThanOrEqualTo(1024);
				assertThat(keepsUp).as("backlog does not grow").isTrue();
				assertThat(FaultFixtures.count(db, "select count(*) from app.inbox_item")).isEqualTo(farm.publishedTotal());
			}
		}
		finally {
			report.forEach(line -> System.out.println("[bench ingest] " + line));
			Files.write(Path.of("target", "bench-ingest.txt"), report, StandardCharsets.UTF_8);
			FaultFixtures.dropDatabase(url);
		}
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long wait = nanoTime - System.nanoTime();
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

	/** Heap in use (survivors, eden and old generation) as jstat reads it from the node's JVM. */
	private static long heapUsedMb(long pid) throws IOException, InterruptedException {
		Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
				String.valueOf(pid)).redirectErrorStream(true).start();
		String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jstat.waitFor(10, TimeUnit.SECONDS);
		String[] lines = out.trim().split("\n");
		if (lines.length < 2) {
			return 0;
		}
		String[] names = lines[0].trim().split("\\s+");
		String[] values = lines[1].trim().split("\\s+");
		double kb = 0;
		for (int i = 0; i < names.length && i < values.length; i++) {
			if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
				kb += Double.parseDouble(values[i]);
			}
		}
		return (long) (kb / 1024);
	}
}
