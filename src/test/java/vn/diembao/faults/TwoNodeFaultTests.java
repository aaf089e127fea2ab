package vn.diembao.faults;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.diembao.faults.FaultFixtures.connect;
import static vn.diembao.faults.FaultFixtures.count;

/**
 * Two nodes on one database, as behind a load balancer: each source poll and each article page is done by one node
 * only, nightly jobs run once per cluster, Camunda timers (case reminders, the bulletin schedule) fire once, and no
 * article, bulletin or notification is duplicated. Figures in target/fault-two-nodes.txt.
 * Run: {@code mvn -Pfault verify -Dtest=TwoNodeFaultTests}
 */
@Tag("fault")
class TwoNodeFaultTests {

	private static final int FEEDS = 10;

	@Test
	void twoNodesShareTheWorkWithoutDoingAnythingTwice() throws Exception {
		List<String> report = new ArrayList<>();
		String url = FaultFixtures.createDatabase("diembao_fault_two");
		try (FeedFarm farm = new FeedFarm(FEEDS, 60)) {
			farm.articleDelay(20);
			Map<String, String> properties = FaultFixtures.nodeProperties(farm);
			// the nightly clean-up fires every two seconds on both nodes: the cluster claim lets one run it per day
			properties.put("diembao.fakenews.contact-retention-cron", "*/2 * * * * *");
			AppNode a = new AppNode("node-a", FaultFixtures.freePort(), url, properties);
			AppNode b = new AppNode("node-b", FaultFixtures.freePort(), url, properties);
			try (a; b; Connection db = connect(url)) {
				// the first node creates the schema (Flyway and Camunda); the second joins it
				report.add("node A ready in " + a.start(Duration.ofMinutes(4)).toSeconds() + " s, node B in "
						+ b.start(Duration.ofMinutes(4)).toSeconds() + " s");
				FaultFixtures.createOfficer(db);

				int expected = 0;
				for (int round = 1; round <= 3; round++) {
					farm.publishOnEach(round == 1 ? 20 : 10);
					expected = farm.publishedTotal();
					if (round == 1) {
						FaultFixtures.registerSources(db, farm);
					}
					else {
						FaultFixtures.sourcesDue(db);
					}
					int target = expected;
					await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
						Map<String, Long> counts = FaultFixtures.pipelineCounts(db);
						return counts.get("articles") == target && counts.get("inbox") == target
								&& counts.get("incompleteEvents") == 0;
					});
				}
				report.add("3 polling rounds of " + FEEDS + " sources by both nodes: " + FaultFixtures.pipelineCounts(db)
						+ "; article pages requested " + farm.articleRequests() + " times for " + expected
						+ " articles, at most " + farm.maxRequestsOfOneArticle() + " per page");
				report.add("source polls made by node A: " + a.polls() + ", by node B: " + b.polls());
				assertThat(farm.maxRequestsOfOneArticle()).isEqualTo(1);
				assertThat(a.polls()).as("both nodes polled").isPositive();
				assertThat(b.polls()).as("both nodes polled").isPositive();
				assertThat(count(db, "select count(*) from app.article")).isEqualTo(expected);
				assertThat(count(db, "select count(*) from app.classification")).isEqualTo(expected);

				// cases opened through both nodes, then their reminders fall due at once on both job executors
				List<Long> agencies = List.of(count(db, "select min(id) from app.agency"),
						count(db, "select max(id) from app.agency"));
				for (int i = 0; i < 10; i++) {
					AppNode node = i % 2 == 0 ? a : b;
					HttpResponse<String> opened = node.postForm("/ho-so/moi", FaultFixtures.OFFICER, Map.of(
							"articleTitle", List.of("Phản ánh " + i + " qua hai nút"), "sourceReference", List.of("Báo in"),
							"issue", List.of("Đề nghị xác minh"), "agencyIds", agencies.stream().map(String::valueOf).toList()));
					assertThat(opened.statusCode()).isEqualTo(302);
				}
				long cases = count(db, "select count(*) from app.press_case");
				assertThat(cases).isEqualTo(10);
				int reminders;
				int bulletinTimers;
				try (Statement statement = db.createStatement()) {
					reminders = statement.executeUpdate(
							"update act_ru_job set duedate_ = now() - interval '1 minute' where handler_cfg_ like 'reminderDue%'");
					bulletinTimers = statement.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 minute'"
							+ " where process_def_key_ = 'bulletin' and type_ = 'timer'");
				}
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> count(db,
						"select count(*) from act_hi_actinst where act_id_ = 'sendReminder' and end_time_ is not null") == reminders);
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> count(db,
						"select count(*) from act_hi_procinst where proc_def_key_ = 'bulletin'") > 0);
				Thread.sleep(5000); // a second firing, if there were one, would show by now
				long remindersRun = count(db,
						"select count(*) from act_hi_actinst where act_id_ = 'sendReminder' and end_time_ is not null");
				long reminderNotes = count(db, "select count(*) from app.notification where message like 'Sắp đến hạn%'"
						+ " or message like 'Nhắc%'");
				long requestNotes = count(db, "select count(*) from app.notification where recipient like 'agency:%'");
				// the schedule's instance builds the drafts; each draft then runs an edition instance of its own
				long bulletinRuns = count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'bulletin'"
						+ " and start_act_id_ = 'scheduleTick'");
				long bulletins = count(db, "select count(*) from app.bulletin");
				long duplicateBulletins = count(db, "select count(*) from (select kind, issue_date, revision from app.bulletin"
						+ " group by 1, 2, 3 having count(*) > 1) d");
				long failedJobs = count(db, "select count(*) from act_ru_job where exception_msg_ is not null");
				report.add("cases " + cases + " opened through both nodes; " + reminders + " reminder timers due on both job"
						+ " executors: " + remindersRun + " run, agency notifications " + requestNotes + " (requests + reminders)");
				report.add("bulletin schedule timer due (" + bulletinTimers + " job): " + bulletinRuns + " schedule run(s), "
						+ bulletins + " bulletins, " + duplicateBulletins + " duplicated editions; failed jobs " + failedJobs);
				assertThat(remindersRun).isEqualTo(reminders);
				assertThat(requestNotes).isEqualTo(cases * 2 + reminders);
				assertThat(bulletinRuns).isEqualTo(bulletinTimers);
				assertThat(bulletins).isPositive();
				assertThat(duplicateBulletins).isZero();
				assertThat(failedJobs).isZero();

				long nightlyRuns = count(db, "select count(*) from app.cluster_job_run where job = 'fakenews.contact-retention'");
				report.add("nightly clean-up fired every 2 s on both nodes, ran " + nightlyRuns + " time(s) for today");
				assertThat(nightlyRuns).isEqualTo(1);
				report.add("reminder notification rows by text: " + reminderNotes);
			}
		}
		finally {
			report.forEach(line -> System.out.println("[fault two nodes] " + line));
			Files.write(Path.of("target", "fault-two-nodes.txt"), report);
			FaultFixtures.dropDatabase(url);
		}
	}
}
