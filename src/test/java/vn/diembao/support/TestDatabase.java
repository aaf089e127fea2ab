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
 * One fresh PostgreSQL database per test run on the machine's server (127.0.0.1:5432, user postgres), dropped at the
 * end; when that server is absent, the embedded PostgreSQL in target/. Prints which one the run uses.
 */
public class TestDatabase implements LauncherSessionListener {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
	private static final String USER = "postgres";

	private String database;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty("spring.datasource.url") != null) {
			System.out.println("[test database] using the configured spring.datasource.url");
			return;
		}
		database = "diembao_test_" + Long.toString(System.currentTimeMillis(), 36)
				+ ThreadLocalRandom.current().nextInt(1000);
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8' template template0");
			System.setProperty("spring.datasource.url", SERVER + database);
			System.setProperty("spring.datasource.username", USER);
			System.out.println("[test database] PostgreSQL at 127.0.0.1:5432, fresh database " + database);
		}
		catch (SQLException unavailable) {
			database = null;
			Path directory = Path.of("target", "embedded-pg-" + ProcessHandle.current().pid());
			System.setProperty("diembao.embedded-db.directory", directory.toString());
			System.out.println("[test database] PostgreSQL at 127.0.0.1:5432 not reachable (" + unavailable.getMessage()
					+ "); using the embedded PostgreSQL in " + directory);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (database == null) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
		catch (SQLException e) {
			System.out.println("[test database] could not drop " + database + ": " + e.getMessage());
		}
	}
}
