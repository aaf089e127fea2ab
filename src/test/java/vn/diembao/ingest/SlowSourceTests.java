package vn.diembao.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import vn.diembao.directory.Outlets;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A slow or hostile outlet does not starve the others: sources are polled by a bounded pool, one worker each, and a
 * page that never answers is cut by the read timeout (2 s in tests) and retried on a later poll, and one poll spends at
 * most the source time budget on a source's pages.
 */
@DiembaoTest
class SlowSourceTests {

	@Autowired
	SourcePoller poller;

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	JdbcClient jdbc;

	private LocalSite fast;
	private HttpServer slow;
	private final CountDownLatch release = new CountDownLatch(1);
	private long fastSource;
	private long slowSource;

	@BeforeEach
	void setUp() throws IOException {
		fast = new LocalSite();
		fetcher.allowHost(fast.hostAndPort());
		fast.rss("/rss", LocalSite.feed(
				new String[] { "n1", fast.url("/tin/1"), "Lâm Đồng khánh thành cầu mới" },
				new String[] { "n2", fast.url("/tin/2"), "Đà Lạt đón khách dịp lễ" },
				new String[] { "n3", fast.url("/tin/3"), "Bảo Lộc mở rộng vùng chè" }));
		String run = Long.toString(System.nanoTime(), 36); // the same text twice from one outlet is stored once
		for (int i = 1; i <= 3; i++) {
			fast.html("/tin/" + i, LocalSite.article("Bài nhanh số " + i + " của báo đúng hẹn " + run,
					"Đoạn mở đầu của bài nhanh số " + i + " (" + run + ") nói về tình hình kinh tế xã hội của tỉnh trong tuần qua.",
					"Đoạn thứ hai của bài nhanh số " + i + " nêu các số liệu cụ thể và ý kiến của người dân địa phương."));
		}
		// a second loopback address is a second host, as another outlet would be
		slow = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
		slow.setExecutor(Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "slow-site");
			thread.setDaemon(true);
			return thread;
		}));
		String slowBase = "http://127.0.0.2:" + slow.getAddress().getPort();
		String feed = LocalSite.feed(new String[] { "s1", slowBase + "/bai/1", "Bài treo một" },
				new String[] { "s2", slowBase + "/bai/2", "Bài treo hai" },
				new String[] { "s3", slowBase + "/bai/3", "Bài treo ba" });
		slow.createContext("/rss", exchange -> LocalSite.respond(exchange, 200, "application/rss+xml; charset=utf-8", feed));
		slow.createContext("/bai/", exchange -> {
			try {
				release.await(60, TimeUnit.SECONDS); // never answers while the test runs
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
		});
		slow.start();
		fetcher.allowHost("127.0.0.2:" + slow.getAddress().getPort());
		long outlet = outlets.register("Báo Chậm (thử nghiệm)", "cham.slow.test", "online newspaper").id();
		long otherOutlet = outlets.register("Báo Nhanh (thử nghiệm)", "nhanh.slow.test", "online newspaper").id();
		slowSource = sources.registerFeed(outlet, slowBase + "/rss");
		fastSource = sources.registerFeed(otherOutlet, fast.url("/rss"));
		// only these two are due while the test runs: other tests' sources are set aside and put back afterwards
		jdbc.sql("update app.source set next_poll_at = next_poll_at + interval '100 years' where id not in (?, ?)")
			.params(slowSource, fastSource).update();
		jdbc.sql("update app.source set next_poll_at = now() - interval '1 minute' where id in (?, ?)")
			.params(slowSource, fastSource).update();
	}

	@AfterEach
	void tearDown() {
		release.countDown();
		await().atMost(Duration.ofSeconds(20)).until(() -> !poller.polling(slowSource));
		jdbc.sql("update app.source set next_poll_at = next_poll_at - interval '100 years' where id not in (?, ?)")
			.params(slowSource, fastSource).update();
		slow.stop(0);
		fast.close();
	}

	@Test
	void aSourceWhosePagesNeverAnswerDoesNotDelayAnotherOutlet() {
		long started = System.nanoTime();
		// the slow source is due first (same next_poll_at, lower id): a sequential poller would serve it first
		assertThat(poller.dispatchDueSources()).isEqualTo(2);

		await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50))
			.until(() -> articlesOf(fastSource) == 3);
		long fastSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		assertThat(poller.polling(slowSource)).as("the slow source is still being polled").isTrue();
		assertThat(fastSeconds).isLessThan(4);

		// each hanging page is cut by the read timeout, recorded as a fetch failure and left for a later poll
		await().atMost(Duration.ofSeconds(20)).until(() -> !poller.polling(slowSource));
		List<String> items = jdbc.sql("select status || ':' || failure_kind from app.feed_item where source_id = ?")
			.param(slowSource).query(String.class).list();
		assertThat(items).containsOnly("FAILED:FETCH").hasSize(3);
		assertThat(articlesOf(slowSource)).isZero();
	}

	@Test
	void aSourceBeingPolledIsNotDispatchedTwice() {
		assertThat(poller.dispatchDueSources()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(4)).until(() -> articlesOf(fastSource) == 3);
		jdbc.sql("update app.source set next_poll_at = now() - interval '1 minute' where id = ?").param(slowSource).update();

		// still in flight on this node: the next round leaves it to the worker that has it
		assertThat(poller.polling(slowSource)).isTrue();
		assertThat(poller.dispatchDueSources()).isZero();
	}

	@Test
	void aPollStopsFetchingPagesOnceItsTimeBudgetIsSpent() {
		Object budget = ReflectionTestUtils.getField(poller, "sourceTimeBudget");
		ReflectionTestUtils.setField(poller, "sourceTimeBudget", Duration.ofSeconds(1));
		try {
			long started = System.nanoTime();
			assertThat(poller.pollIfClaimed(slowSource)).isPresent();
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

			// the first hanging page costs the 2 s read timeout, past the 1 s budget: the other two wait for the next poll
			assertThat(seconds).isLessThan(5);
			List<String> items = jdbc.sql("select status from app.feed_item where source_id = ? order by id")
				.param(slowSource).query(String.class).list();
			assertThat(items).containsExactly("FAILED", "NEW", "NEW");
		}
		finally {
			ReflectionTestUtils.setField(poller, "sourceTimeBudget", budget);
		}
	}

	private int articlesOf(long sourceId) {
		return jdbc.sql("select count(*) from app.article where source_id = ?").param(sourceId).query(Integer.class).single();
	}
}
