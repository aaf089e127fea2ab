package vn.diembao.shared.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A scheduled job's slot is claimed by one node only, even when all nodes' schedulers fire at the same instant. */
@DiembaoTest
class ClusterJobsTests {

	@Autowired
	ClusterJobs cluster;

	@Test
	void eightNodesFiringAtOnceRunTheNightlyJobOnce() throws Exception {
		String job = "test.nightly-" + UUID.randomUUID();
		ExecutorService nodes = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> claims = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				claims.add(() -> cluster.claim(job, "2026-12-03"));
			}
			long winners = 0;
			for (Future<Boolean> claim : nodes.invokeAll(claims)) {
				winners += claim.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void aJobRunsAgainInItsNextSlotButNotTwiceInOne() {
		String job = "test.daily-" + UUID.randomUUID();
		assertThat(cluster.claim(job, "2026-12-03")).isTrue();
		assertThat(cluster.claim(job, "2026-12-03")).as("a restarted node, the same night").isFalse();
		assertThat(cluster.claim(job, "2026-12-04")).isTrue();
	}
}
