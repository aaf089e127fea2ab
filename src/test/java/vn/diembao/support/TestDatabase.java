package vn.diembao.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One fresh PostgreSQL database per test run on the machine's server (127.0.0.1:5432, user postgres); when that
 * server is absent, the embedded PostgreSQL in target/. Prints which one the run uses. A run's database is dropped by
 * a later run, once it is two hours old: dropping it at the end would cut the connections of the Spring contexts that
 * are still closing, and make the test JVM hang on exit.
 */
public class TestDatabase implements LauncherSessionListener {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
	private static final String USER = "postgres";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty("spring.datasource.url") != null) {
			System.out.println("[test database] using the configured spring.datasource.url");
			return;
		}
		String database = "diembao_test_" + Long.toString(System.currentTimeMillis(), 36)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			dropOldRuns(statement);
			statement.execute("create database " + database + " encoding 'UTF8' template template0");
			System.setProperty("spring.datasource.url", SERVER + database);
			System.setProperty("spring.datasource.username", USER);
			System.out.println("[test database] PostgreSQL at 127.0.0.1:5432, fresh database " + database);
		}
		catch (SQLException unavailable) {
			Path directory = Path.of("target", "embedded-pg-" + ProcessHandle.current().pid());
			System.setProperty("diembao.embedded-db.directory", directory.toString());
			System.out.println("[test database] PostgreSQL at 127.0.0.1:5432 not reachable (" + unavailable.getMessage()
					+ "); using the embedded PostgreSQL in " + directory);
		}
	}

	private static void dropOldRuns(Statement statement) throws SQLException {
		java.util.List<String> old = new java.util.ArrayList<>();
		long cutoff = System.currentTimeMillis() - java.time.Duration.ofHours(2).toMillis();
		try (var names = statement.executeQuery("select datname from pg_database where datname like 'diembao\\_test\\_%'")) {
			while (names.next()) {
				String name = names.getString(1);
				String stamp = name.substring("diembao_test_".length(), Math.max("diembao_test_".length(), name.length() - 3));
				try {
					if (Long.parseLong(stamp, 36) < cutoff) {
						old.add(name);
					}
				}
				catch (NumberFormatException notOurs) {
					// a database named like ours but not by us: leave it
				}
			}
		}
		for (String name : old) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}
}
