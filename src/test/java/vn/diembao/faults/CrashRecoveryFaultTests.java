package vn.diembao.faults;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.diembao.faults.FaultFixtures.connect;
import static vn.diembao.faults.FaultFixtures.count;

/**
 * kill -9 of a node in the middle of a poll burst and of officers opening cases, then a restart on the same database:
 * no article lost or stored twice, every case that an officer saw opened is there with its process, no half-opened
 * case, the timers that fell due while the node was down fire, and the event deliveries the kill cut short are made.
 * Then the database is backed up with pg_dump, restored into a fresh database with pg_restore, and a node started on
 * the copy shows every case. Figures are printed and written to target/fault-crash.txt.
 * Run: {@code mvn -Pfault verify -Dtest=CrashRecoveryFaultTests}
 */
@Tag("fault")
class CrashRecoveryFaultTests {

	private static final int FEEDS = 12;
	private static final int ARTICLES_PER_FEED = 25;

	@Test
	void aNodeKilledMidBurstRestartsWithNothingLostOrDuplicated() throws Exception {
		List<String> report = new ArrayList<>();
		String url = FaultFixtures.createDatabase("diembao_fault_crash");
		String restoredUrl = null;
		try (FeedFarm farm = new FeedFarm(FEEDS, 50)) {
			farm.publishOnEach(ARTICLES_PER_FEED);
			farm.articleDelay(40); // a burst of a few dozen seconds, so the kill lands inside it
			AppNode node = new AppNode("crash", FaultFixtures.freePort(), url, FaultFixtures.nodeProperties(farm));
			Set<Long> confirmedCases = ConcurrentHashMap.newKeySet();
			try (node; Connection db = connect(url)) {
				report.add("first start: " + node.start(Duration.ofMinutes(4)).toSeconds() + " s");
				FaultFixtures.createOfficer(db);
				List<Long> agencies = agencyIds(db);
				FaultFixtures.registerSources(db, farm);

				// officers keep opening cases until the node dies
				AtomicBoolean alive = new AtomicBoolean(true);
				ExecutorService officers = Executors.newFixedThreadPool(2);
				for (int t = 0; t < 2; t++) {
					int officer = t;
					officers.execute(() -> openCasesUntilDead(node, agencies, officer, confirmedCases, alive));
				}
				await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() ->
						count(db, "select count(*) from app.article") >= FEEDS * ARTICLES_PER_FEED / 4 && confirmedCases.size() >= 10);
				node.kill();
				alive.set(false);
				officers.shutdown();
				officers.awaitTermination(40, TimeUnit.SECONDS);

				Map<String, Long> atKill = FaultFixtures.pipelineCounts(db);
				long casesAtKill = count(db, "select count(*) from app.press_case");
				report.add("at kill -9: " + atKill + ", cases " + casesAtKill + " (confirmed to officers " + confirmedCases.size() + ")");
				assertThat(atKill.get("articles")).isLessThan(FEEDS * ARTICLES_PER_FEED);

				// the reminders of five cases fall due while the node is down
				List<Long> remindedCases = confirmedCases.stream().sorted().limit(5).toList();
				int dueTimers = makeRemindersDue(db, remindedCases);
				report.add("reminder timers made due while down: " + dueTimers);

				Duration restart = node.start(Duration.ofMinutes(4));
				long restarted = System.nanoTime();
				report.add("restart: " + restart.toSeconds() + " s");
				int expected = FEEDS * ARTICLES_PER_FEED;
				await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
					Map<String, Long> now = FaultFixtures.pipelineCounts(db);
					return now.get("articles") == expected && now.get("classified") == expected && now.get("inbox") == expected
							&& now.get("incompleteEvents") == 0;
				});
				report.add("pipeline complete " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restarted)
						+ " s after ready: " + FaultFixtures.pipelineCounts(db));
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
					.until(() -> remindersSent(db, remindedCases) == dueTimers);
				report.add("reminders fired after restart: " + remindersSent(db, remindedCases));

				// nothing lost, nothing twice
				assertThat(count(db, "select count(distinct url) from app.article")).isEqualTo(expected);
				assertThat(count(db, "select count(*) from (select outlet_id, content_hash from app.article"
						+ " group by 1, 2 having count(*) > 1) d")).isZero();
				assertThat(count(db, "select count(*) from app.feed_item where status <> 'FETCHED'")).isZero();
				// every case an officer was told about is there, and no case is half-opened
				long cases = count(db, "select count(*) from app.press_case");
				assertThat(count(db, "select count(*) from app.press_case where id in ("
						+ String.join(",", confirmedCases.stream().map(String::valueOf).toList()) + ")"))
					.isEqualTo(confirmedCases.size());
				assertThat(count(db, "select count(*) from app.press_case c where c.process_instance_id is null"
						+ " or not exists (select 1 from act_ru_execution e where e.proc_inst_id_ = c.process_instance_id)")).isZero();
				assertThat(count(db, "select count(*) from app.press_case c where not exists"
						+ " (select 1 from app.assignment a where a.case_id = c.id)")).isZero();
				assertThat(count(db, "select count(distinct business_key_) from act_ru_execution e"
						+ " join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = 'pressResponse' and e.parent_id_ is null"))
					.as("one running process per case, none without its case").isEqualTo(cases);
				report.add("cases after restart: " + cases + ", all " + confirmedCases.size() + " confirmed ones present,"
						+ " each with its process and assignments");

				// backup and restore
				node.close();
				restoredUrl = FaultFixtures.createDatabase("diembao_fault_restored");
				report.addAll(BackupRestore.dumpAndRestore(url, restoredUrl));
				AppNode restoredNode = new AppNode("restored", FaultFixtures.freePort(), restoredUrl,
						FaultFixtures.nodeProperties(farm));
				try (restoredNode; Connection copy = connect(restoredUrl)) {
					report.add("start on the restored copy: " + restoredNode.start(Duration.ofMinutes(4)).toSeconds() + " s");
					HttpResponse<String> list = restoredNode.get("/api/v1/cases", FaultFixtures.OFFICER);
					assertThat(list.statusCode()).isEqualTo(200);
					long listed = list.body().split("\"id\"", -1).length - 1;
					assertThat(count(copy, "select count(*) from app.press_case")).isEqualTo(cases);
					assertThat(count(copy, "select count(*) from app.article")).isEqualTo(expected);
					assertThat(listed).isEqualTo(cases);
					report.add("restored copy: " + listed + " cases listed by /api/v1/cases, "
							+ count(copy, "select count(*) from app.article") + " articles");
				}
			}
		}
		finally {
			report.forEach(line -> System.out.println("[fault crash] " + line));
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "fault-crash.txt"), report);
			FaultFixtures.dropDatabase(url);
			if (restoredUrl != null) {
				FaultFixtures.dropDatabase(restoredUrl);
			}
		}
	}

	private static void openCasesUntilDead(AppNode node, List<Long> agencies, int officer, Set<Long> confirmed,
			AtomicBoolean alive) {
		for (int i = 0; alive.get(); i++) {
			try {
				HttpResponse<String> response = node.postForm("/ho-so/moi", FaultFixtures.OFFICER, Map.of(
						"articleTitle", List.of("Phản ánh số " + officer + "-" + i + " trên mạng xã hội"),
						"sourceReference", List.of("Facebook, bài đăng ngày 03/12"),
						"issue", List.of("Đề nghị xác minh nội dung phản ánh và trả lời báo chí"),
						"agencyIds", agencies.stream().map(String::valueOf).toList(),
						"severity", List.of("NORMAL")));
				String location = response.headers().firstValue("Location").orElse("");
				if (response.statusCode() == 302 && location.matches(".*/ho-so/\\d+$")) {
					confirmed.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
				}
			}
			catch (Exception nodeGone) {
				return;
			}
		}
	}

	private static List<Long> agencyIds(Connection db) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Statement statement = db.createStatement();
				ResultSet rows = statement.executeQuery("select id from app.agency order by id limit 2")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		assertThat(ids).hasSize(2);
		return ids;
	}

	private static int makeRemindersDue(Connection db, List<Long> caseIds) throws Exception {
		try (Statement statement = db.createStatement()) {
			return statement.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 minute'"
					+ " where handler_cfg_ like 'reminderDue%' and process_instance_id_ in"
					+ " (select process_instance_id from app.press_case where id in (" + ids(caseIds) + "))");
		}
	}

	private static long remindersSent(Connection db, List<Long> caseIds) throws Exception {
		return count(db, "select count(*) from act_hi_actinst where act_id_ = 'sendReminder' and end_time_ is not null"
				+ " and proc_inst_id_ in (select process_instance_id from app.press_case where id in (" + ids(caseIds) + "))");
	}

	private static String ids(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}
}
