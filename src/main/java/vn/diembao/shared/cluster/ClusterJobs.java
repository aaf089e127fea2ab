package vn.diembao.shared.cluster;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run once per cluster when several nodes share one database: every node's scheduler fires, the
 * first to claim the job's slot (a day, an hour…) runs it, the others skip it. A claim is a row in the database, so
 * it holds across restarts too — a node restarted after the nightly job ran does not run it again that night.
 */
@Component
public class ClusterJobs {

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;
	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	ClusterJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this node claimed the slot and so must run the job; false when another node (or run) has it. */
	public boolean claim(String job, String slot) {
		boolean claimed = jdbc.sql("""
				insert into app.cluster_job_run (job, slot, node) values (?, ?, ?)
				on conflict (job, slot) do nothing""")
			.params(job, slot, node)
			.update() == 1;
		if (claimed) {
			jdbc.sql("delete from app.cluster_job_run where job = ? and claimed_at < now() - interval '90 days'")
				.param(job)
				.update();
		}
		else {
			log.debug("{} ({}) đã được nút khác chạy", job, slot);
		}
		return claimed;
	}

	/** The claim of a once-a-day job: today's date in Vietnam. */
	public boolean claimToday(String job) {
		return claim(job, LocalDate.now(VIETNAM).toString());
	}

	/** Which node runs on: the JVM's pid@host, as logged with each claim. */
	public String node() {
		return node;
	}
}
