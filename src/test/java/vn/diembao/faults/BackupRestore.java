package vn.diembao.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The documented backup procedure (docs/operations.md): pg_dump in custom format, pg_restore into an empty database. */
final class BackupRestore {

	private BackupRestore() {
	}

	/** Dumps the source database and restores it into the (empty) target; returns the figures to report. */
	static List<String> dumpAndRestore(String sourceUrl, String targetUrl) throws IOException, InterruptedException {
		List<String> report = new ArrayList<>();
		Path dump = Path.of("target", "fault-backup.dump");
		Files.deleteIfExists(dump);
		long started = System.nanoTime();
		run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-f", dump.toString(), name(sourceUrl));
		long dumped = System.nanoTime();
		run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "--exit-on-error", "-d", name(targetUrl),
				dump.toString());
		long restored = System.nanoTime();
		report.add("pg_dump -Fc: " + Files.size(dump) / 1024 + " KB in " + TimeUnit.NANOSECONDS.toMillis(dumped - started)
				+ " ms; pg_restore: " + TimeUnit.NANOSECONDS.toMillis(restored - dumped) + " ms");
		return report;
	}

	private static String name(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Path log = Path.of("target", "fault-logs", command[0] + ".log");
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
		}
	}
}
