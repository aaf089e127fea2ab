package vn.diembao.faults;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.diembao.faults.FaultFixtures.connect;
import static vn.diembao.faults.FaultFixtures.count;

/**
 * The database goes away for 30 seconds while a node polls and serves (a PostgreSQL of its own, started by the test,
 * stopped and started again on the same data): pages answer 503 in Vietnamese without a stack trace, the node retries
 * by itself and serves again once the database is back, without a restart, and what was published during the outage
 * is collected and classified. Figures in target/fault-outage.txt.
 * Run: {@code mvn -Pfault verify -Dtest=DatabaseOutageFaultTests}
 */
@Tag("fault")
class DatabaseOutageFaultTests {

	private static final int FEEDS = 6;

	@Test
	void aThirtySecondOutageDegradesToA503AndRecoversWithoutRestart() throws Exception {
		List<String> report = new ArrayList<>();
		Path data = Path.of("target", "fault-pg-" + System.currentTimeMillis()).toAbsolutePath();
		int pgPort = FaultFixtures.freePort();
		EmbeddedPostgres postgres = startPostgres(data, pgPort);
		String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
		try (FeedFarm farm = new FeedFarm(FEEDS, 50)) {
			farm.publishOnEach(10);
			AppNode node = new AppNode("outage", FaultFixtures.freePort(), url, FaultFixtures.nodeProperties(farm));
			try (node) {
				report.add("start: " + node.start(Duration.ofMinutes(4)).toSeconds() + " s");
				try (Connection db = connect(url)) {
					FaultFixtures.createOfficer(db);
					FaultFixtures.registerSources(db, farm);
					await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
						.until(() -> count(db, "select count(*) from app.classification") == FEEDS * 10);
					assertThat(node.get("/ho-so", FaultFixtures.OFFICER).statusCode()).isEqualTo(200);
					// the sources fall due during the outage
					try (var due = db.createStatement()) {
						due.executeUpdate("update app.source set next_poll_at = now() + interval '10 seconds'");
					}
				}
				long pid = node.pid();
				// an officer logged in before the outage (the session lives in the node, not in the database)
				AppNode.Browser officer = node.login(FaultFixtures.OFFICER);
				assertThat(officer.get("/ho-so").statusCode()).isEqualTo(200);

				postgres.close();
				long down = System.nanoTime();
				farm.publishOnEach(5); // news does not wait for the database
				Map<Integer, Integer> statuses = new TreeMap<>();
				while (System.nanoTime() - down < TimeUnit.SECONDS.toNanos(30)) {
					HttpResponse<String> page = officer.get("/ho-so");
					statuses.merge(page.statusCode(), 1, Integer::sum);
					if (page.statusCode() == 503) {
						assertThat(page.body()).contains("tạm thời gián đoạn").doesNotContain("Exception", "at org.");
						assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
					}
					Thread.sleep(2000);
				}
				HttpResponse<String> openDuringOutage = officer.post("/ho-so/moi", Map.of(
						"articleTitle", List.of("Phản ánh khi mất cơ sở dữ liệu"), "sourceReference", List.of("Báo in"),
						"issue", List.of("Xác minh"), "agencyIds", List.of("1")));
				// signing in cannot be checked either: the form says the system is away, API clients get 503
				String loginDuringOutage = node.loginRedirect(FaultFixtures.OFFICER);
				HttpResponse<String> apiDuringOutage = node.get("/api/v1/cases", FaultFixtures.OFFICER);
				report.add("during the 30 s outage: /ho-so answered " + statuses + "; opening a case answered "
						+ openDuringOutage.statusCode() + "; a new sign-in went to " + loginDuringOutage
						+ "; the API with Basic credentials answered " + apiDuringOutage.statusCode());
				assertThat(statuses.keySet()).containsOnly(503);
				assertThat(openDuringOutage.statusCode()).isEqualTo(503);
				assertThat(loginDuringOutage).endsWith("/login?unavailable");
				assertThat(apiDuringOutage.statusCode()).isEqualTo(503);

				postgres = startPostgres(data, pgPort);
				long up = System.nanoTime();
				report.add("database down for " + TimeUnit.NANOSECONDS.toSeconds(up - down) + " s");
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
					.until(() -> officer.get("/ho-so").statusCode() == 200);
				long served = System.nanoTime();
				report.add("pages served again " + TimeUnit.NANOSECONDS.toMillis(served - up) + " ms after the database was back");
				try (Connection db = connect(url)) {
					await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
						Map<String, Long> counts = FaultFixtures.pipelineCounts(db);
						return counts.get("classified") == FEEDS * 15 && counts.get("inbox") == FEEDS * 15
								&& counts.get("incompleteEvents") == 0;
					});
					report.add("articles published during the outage collected and classified "
							+ TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - up) + " s after the database was back: "
							+ FaultFixtures.pipelineCounts(db));
					assertThat(count(db, "select count(distinct url) from app.article")).isEqualTo(FEEDS * 15);
				}
				assertThat(node.pid()).as("the same process, never restarted").isEqualTo(pid);
				// and a new login works again too
				assertThat(node.login(FaultFixtures.OFFICER).get("/ho-so").statusCode()).isEqualTo(200);
			}
		}
		finally {
			report.forEach(line -> System.out.println("[fault outage] " + line));
			Files.write(Path.of("target", "fault-outage.txt"), report);
			postgres.close();
		}
	}

	private static EmbeddedPostgres startPostgres(Path data, int port) throws java.io.IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "60")
			.start();
	}
}
