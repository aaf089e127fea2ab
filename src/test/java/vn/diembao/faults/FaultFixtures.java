package vn.diembao.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Databases, users, sources and counts for the fault and load runs; plain JDBC, as an operator would look. */
final class FaultFixtures {

	static final String OFFICER = "canbo.thu";
	static final String PASSWORD = "Can-bo-thu-2026!";
	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private FaultFixtures() {
	}

	/** A fresh, empty database on the machine's PostgreSQL; its JDBC URL. */
	static String createDatabase(String prefix) throws SQLException {
		String name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name + " encoding 'UTF8' template template0");
		}
		return SERVER + name;
	}

	static void dropDatabase(String url) {
		String name = url.substring(url.lastIndexOf('/') + 1);
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException e) {
			System.out.println("[fault] could not drop " + name + ": " + e.getMessage());
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** What every node of a run is started with: the farm allowed, fast polling and redelivery, no mail server. */
	static Map<String, String> nodeProperties(FeedFarm farm) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("diembao.ingest.allowed-hosts[0]", farm.hostAndPort());
		properties.put("diembao.ingest.politeness-delay", "PT0S");
		properties.put("diembao.ingest.max-connections-per-host", "4");
		properties.put("diembao.ingest.poll-check-interval", "PT1S");
		properties.put("diembao.events.redelivery-interval", "PT5S");
		properties.put("diembao.events.redelivery-age", "PT10S");
		properties.put("camunda.bpm.job-execution.max-wait", "3000");
		properties.put("spring.mail.port", "1");
		return properties;
	}

	static void registerSources(Connection db, FeedFarm farm) throws SQLException {
		try (var outlet = db.prepareStatement(
				"insert into app.outlet (name, domain, type) values (?, ?, 'online newspaper') returning id");
				var source = db.prepareStatement(
						"insert into app.source (outlet_id, kind, url, poll_interval_seconds, next_poll_at) values (?, 'RSS', ?, 300, now())")) {
			for (int k = 0; k < farm.feeds(); k++) {
				outlet.setString(1, "Báo thử " + k);
				outlet.setString(2, "bao-thu-" + k + ".fault.test");
				long outletId;
				try (ResultSet id = outlet.executeQuery()) {
					id.next();
					outletId = id.getLong(1);
				}
				source.setLong(1, outletId);
				source.setString(2, farm.feedUrl(k));
				source.executeUpdate();
			}
		}
	}

	/** Makes every source due now, as if its polling interval had passed. */
	static void sourcesDue(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.executeUpdate("update app.source set next_poll_at = now() where enabled");
		}
	}

	static void createOfficer(Connection db) throws SQLException {
		try (var user = db.prepareStatement("""
				insert into app.app_user (username, password_hash, full_name) values (?, ?, 'Cán bộ thử') returning id""")) {
			user.setString(1, OFFICER);
			user.setString(2, new BCryptPasswordEncoder().encode(PASSWORD));
			try (ResultSet id = user.executeQuery()) {
				id.next();
				try (Statement role = db.createStatement()) {
					role.executeUpdate("insert into app.user_role (user_id, role) values (" + id.getLong(1) + ", 'OFFICER')");
				}
			}
		}
	}

	static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	/** The figures a run reports: articles, their classification and inbox rows, and unfinished event deliveries. */
	static Map<String, Long> pipelineCounts(Connection db) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("articles", count(db, "select count(*) from app.article"));
		counts.put("distinctUrls", count(db, "select count(distinct url) from app.article"));
		counts.put("classified", count(db, "select count(*) from app.classification"));
		counts.put("inbox", count(db, "select count(*) from app.inbox_item"));
		counts.put("feedItemsNew", count(db, "select count(*) from app.feed_item where status = 'NEW'"));
		counts.put("incompleteEvents", count(db, "select count(*) from event_publication where completion_date is null"));
		return counts;
	}
}
