package vn.diembao.sites;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes claiming due sites at the same moment never get the same site, and neither waits for the other. */
@DiembaoTest
class SiteSchedulingTests {

	@Autowired
	SiteMonitor monitor;

	@Autowired
	SiteRegistry registry;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentClaimsSkipTheSitesAnotherNodeHolds() throws Exception {
		accounts.createIfAbsent("sites-canbo", TestUsers.PASSWORD, "Cán bộ theo dõi trang", Set.of(Role.OFFICER), null);
		CurrentUser officer = accounts.currentUser("sites-canbo");
		List<Long> ours = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			ours.add(registry.save(new SiteForm("UBND xã thử lịch " + i, "https://lich-" + i + ".example.gov.vn/", "xã", null, null),
					officer).id());
		}
		// nothing else is due; ours are
		jdbc.sql("update app.website set next_check_at = now() + interval '1 day'").update();
		jdbc.sql("update app.website set next_check_at = now() - interval '1 minute' where id in (:ids)").param("ids", ours).update();

		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			List<Long> ids = monitor.claimDue();
			claimed.countDown();
			await(release);
			return ids;
		}));
		assertThat(claimed.await(20, TimeUnit.SECONDS)).isTrue();
		List<Long> second = CompletableFuture.supplyAsync(monitor::claimDue).get(10, TimeUnit.SECONDS);
		release.countDown();
		List<Long> firstIds = first.get(10, TimeUnit.SECONDS);

		assertThat(firstIds).hasSize(10);
		assertThat(second).hasSize(5).doesNotContainAnyElementsOf(firstIds);
		Set<Long> all = new HashSet<>(firstIds);
		all.addAll(second);
		assertThat(all).containsExactlyInAnyOrderElementsOf(ours);
		assertThat(monitor.claimDue()).as("claimed sites are not due again until the next period").isEmpty();
		jdbc.sql("update app.website set active = false where id in (:ids)").param("ids", ours).update();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
