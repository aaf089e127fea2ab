package vn.diembao.ingest;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls due sources: fetch the feed, sitemap or listing page (conditional GET), record every link it announces
 * (read by {@link LinkDiscoverer} according to the source's kind), then fetch and extract each link not yet
 * collected. A bounded pool polls several sources at once; a source is locked while it is polled so several nodes never poll the same one at once, and a poll spends at most the source
 * time budget on its pages so a slow or hostile outlet cannot hold a worker for long.
 */
@Component
class SourcePoller {

	private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
	private static final int MAX_ITEM_ATTEMPTS = 3;
	/** First key of the advisory locks on sources (“DB” for Điểm báo), so they cannot clash with other locks. */
	private static final int LOCK_NAMESPACE = 0x4442;

	private final JdbcClient jdbc;
	private final SafeFetcher fetcher;
	private final ArticleStore store;
	private final IngestProperties properties;
	private final LinkDiscoverer discoverer;
	private final ArticleExtractor extractor = new ArticleExtractor();
	private final DataSource dataSource;
	private final Duration sourceTimeBudget;
	private final ThreadPoolExecutor workers;
	private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

	/**
	 * @param pollThreads sources polled at once on this node (the per-host limits of {@link SafeFetcher} still apply)
	 * @param sourceTimeBudget how long one poll may spend fetching a source's pages; the rest wait for its next poll
	 */
	SourcePoller(JdbcClient jdbc, DataSource dataSource, SafeFetcher fetcher, ArticleStore store,
			IngestProperties properties, LinkDiscoverer discoverer,
			@Value("${diembao.ingest.poll-threads:4}") int pollThreads,
			@Value("${diembao.ingest.source-time-budget:PT5M}") Duration sourceTimeBudget) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.sourceTimeBudget = sourceTimeBudget;
		int threads = Math.max(1, pollThreads);
		AtomicInteger counter = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), runnable -> {
			Thread thread = new Thread(runnable, "source-poller-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.workers.allowCoreThreadTimeOut(true);
		this.discoverer = discoverer;
		this.fetcher = fetcher;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Hands due sources to the pool, as many as it has free workers: a slow source holds one worker, never the others,
	 * and nothing queues up behind it. Runs on every node; the per-source lock decides who polls.
	 */
	@Scheduled(initialDelayString = "PT3S", fixedDelayString = "${diembao.ingest.poll-check-interval}")
	void pollDueSources() {
		if (!properties.schedulingEnabled()) {
			return;
		}
		try {
			dispatchDueSources();
		}
		catch (DataAccessException unavailable) {
			// the database is away: the next round tries again, and the due sources are still due then
			log.warn("Chưa lấy được danh sách nguồn đến lượt thu thập: {}", unavailable.getMessage());
		}
	}

	/**
	 * Starts polls of due sources on free workers, the longest due first and, among sources due at the same moment,
	 * the least recently polled — so when the node is behind every source still gets its turn. Returns how many it
	 * started.
	 */
	int dispatchDueSources() {
		int free = workers.getMaximumPoolSize() - inFlight.size();
		if (free <= 0) {
			return 0;
		}
		List<Long> due = jdbc.sql("""
				select id from app.source where enabled and next_poll_at <= now()
				order by next_poll_at, last_polled_at nulls first limit ?""")
			.param(free * 2)
			.query(Long.class)
			.list();
		int started = 0;
		for (long sourceId : due) {
			if (started == free || !inFlight.add(sourceId)) {
				continue;
			}
			try {
				workers.execute(() -> {
					try {
						pollIfClaimed(sourceId);
					}
					finally {
						inFlight.remove(sourceId);
					}
				});
				started++;
			}
			catch (RejectedExecutionException full) {
				inFlight.remove(sourceId);
			}
		}
		return started;
	}

	/**
	 * Polls the source if this node gets its lock and it is still due. The lock is a PostgreSQL session advisory lock
	 * on a connection held for the poll: across nodes a source is polled once at a time, and when a node dies (kill -9,
	 * power cut) or loses the database its locks vanish with its connections, so another node — or the same one
	 * restarted — takes the source over at once, without waiting for a lease to expire.
	 */
	Optional<PollResult> pollIfClaimed(long sourceId) {
		try (Connection lockConnection = dataSource.getConnection()) {
			if (!tryLock(lockConnection, sourceId)) {
				return Optional.empty();
			}
			try {
				boolean stillDue = jdbc.sql("select enabled and next_poll_at <= now() from app.source where id = ?")
					.param(sourceId).query(Boolean.class).optional().orElse(false);
				return stillDue ? Optional.of(poll(sourceId)) : Optional.empty();
			}
			finally {
				unlock(lockConnection, sourceId);
			}
		}
		catch (SQLException | DataAccessException e) {
			// the database is away: the source stays due and is polled again once it is back
			log.warn("Nguồn {}: không thu thập được vì lỗi cơ sở dữ liệu: {}", sourceId, e.getMessage());
			return Optional.empty();
		}
	}

	private static boolean tryLock(Connection connection, long sourceId) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, LOCK_NAMESPACE);
			lock.setInt(2, Math.toIntExact(sourceId));
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** Unlocks; when that fails the connection is closed for good, so it cannot go back to the pool holding the lock. */
	private static void unlock(Connection connection, long sourceId) throws SQLException {
		try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
			unlock.setInt(1, LOCK_NAMESPACE);
			unlock.setInt(2, Math.toIntExact(sourceId));
			unlock.execute();
		}
		catch (SQLException e) {
			connection.abort(Runnable::run);
			throw e;
		}
	}

	/** True while this node is polling the source. */
	boolean polling(long sourceId) {
		return inFlight.contains(sourceId);
	}

	@PreDestroy
	void stopWorkers() {
		workers.shutdownNow();
	}

	PollResult poll(long sourceId) {
		return poll(sourceId, PollProgress.NONE);
	}

	PollResult poll(long sourceId, PollProgress progress) {
		var source = jdbc.sql("""
				select outlet_id, url, etag, last_modified, poll_interval_seconds, error_streak, kind,
				       link_selector, link_include, link_exclude
				from app.source where id = ?""")
			.param(sourceId)
			.query((rs, i) -> new PolledSource(rs.getLong(1), URI.create(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getString(7), new LinkRules(rs.getString(8), rs.getString(9), rs.getString(10))))
			.optional()
			.orElseThrow(() -> new SourceNotFoundException(sourceId));
		try {
			FetchedResource feed = fetcher.fetch(source.url(), source.etag(), source.lastModified());
			int seen = 0;
			if (!feed.notModified()) {
				for (FeedReader.FeedEntry entry : discoverer.discover(source.kind(), source.linkRules(), feed)) {
					seen += recordItem(sourceId, entry);
				}
			}
			ItemOutcome outcome = collectPendingItems(sourceId, source.outletId(), progress);
			recordSuccess(sourceId, source, feed, seen, outcome.collected() > 0);
			log.info("Nguồn {}: {} mục mới, {} bài mới, {} lỗi", source.url(), seen, outcome.collected(), outcome.failed());
			return new PollResult(sourceId, seen, outcome.collected(), outcome.failed(), null);
		}
		catch (FetchException e) {
			return failed(sourceId, source, e.getMessage());
		}
		catch (RuntimeException e) {
			// a bug or an input nobody foresaw: record it on the source rather than lose the scheduler thread
			log.error("Nguồn {}: lỗi không lường trước", source.url(), e);
			return failed(sourceId, source, "Lỗi xử lý nguồn: " + e);
		}
	}

	private PollResult failed(long sourceId, PolledSource source, String error) {
		recordFailure(sourceId, source, error);
		log.warn("Nguồn {} lỗi: {}", source.url(), error);
		return new PollResult(sourceId, 0, 0, 0, error);
	}

	private int recordItem(long sourceId, FeedReader.FeedEntry entry) {
		URI url;
		try {
			url = CanonicalUrls.canonical(entry.link());
		}
		catch (FetchException invalid) {
			return 0;
		}
		return jdbc.sql("""
				insert into app.feed_item (source_id, url, title, summary, published_at) values (?, ?, ?, ?, ?)
				on conflict (url) do nothing""")
			.params(sourceId, url.toString(), entry.title(), entry.summary(),
					entry.publishedAt() == null ? null : Timestamp.from(entry.publishedAt()))
			.update();
	}

	private ItemOutcome collectPendingItems(long sourceId, long outletId, PollProgress progress) {
		record Pending(long id, URI url, Instant publishedAt) {
		}
		List<Pending> pending = jdbc.sql("""
				select id, url, published_at from app.feed_item
				where source_id = ? and (status = 'NEW' or (status = 'FAILED' and attempts < ?)) order by id""")
			.params(sourceId, MAX_ITEM_ATTEMPTS)
			.query((rs, i) -> new Pending(rs.getLong(1), URI.create(rs.getString(2)),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.list();
		int collected = 0;
		int failed = 0;
		progress.itemsPending(pending.size());
		long deadline = System.nanoTime() + sourceTimeBudget.toNanos();
		for (Pending item : pending) {
			if (System.nanoTime() > deadline) {
				log.info("Nguồn {}: hết thời gian dành cho một lượt, {} mục để lượt sau", sourceId,
						pending.size() - collected - failed);
				break;
			}
			progress.itemStarted(collected + failed + 1, pending.size());
			try {
				FetchedResource page = fetcher.fetch(item.url());
				ExtractedArticle article = extractor.extract(page.body(), page.declaredCharset(), page.finalUri());
				if (store.store(sourceId, outletId, item.url(), article, item.publishedAt(), page).isPresent()) {
					collected++;
				}
				jdbc.sql("""
						update app.feed_item set status = 'FETCHED', attempts = attempts + 1, last_error = null,
						       failure_kind = null, attempted_at = clock_timestamp() where id = ?""")
					.param(item.id())
					.update();
			}
			catch (RuntimeException e) {
				// one bad page never costs the others: it is recorded on its item and retried on later polls
				failed++;
				String kind = e instanceof ExtractionException ? "EXTRACT" : "FETCH";
				String message = e instanceof FetchException || e instanceof IllegalArgumentException ? e.getMessage()
						: "Lỗi xử lý trang: " + e;
				jdbc.sql("""
						update app.feed_item set status = 'FAILED', attempts = attempts + 1, last_error = ?,
						       failure_kind = ?, attempted_at = clock_timestamp() where id = ?""")
					.params(message, kind, item.id())
					.update();
			}
		}
		return new ItemOutcome(collected, failed);
	}

	private void recordSuccess(long sourceId, PolledSource source, FetchedResource feed, int newItems, boolean newArticles) {
		long interval = PollingInterval.afterSuccess(source.pollIntervalSeconds(), newItems);
		jdbc.sql("""
				update app.source set last_polled_at = now(), last_success_at = now(), error_streak = 0, last_error = null,
				       etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),
				       last_new_item_at = case when ? then now() else last_new_item_at end,
				       poll_interval_seconds = ?, next_poll_at = now() + make_interval(secs => ?)
				where id = ?""")
			.params(feed.etag(), feed.lastModified(), newArticles, interval, PollingInterval.withJitter(interval), sourceId)
			.update();
	}

	private void recordFailure(long sourceId, PolledSource source, String error) {
		long backoff = PollingInterval.withJitter(PollingInterval.afterFailure(source.pollIntervalSeconds(), source.errorStreak()));
		jdbc.sql("""
				update app.source set last_polled_at = now(), error_streak = error_streak + 1, last_error = ?,
				       next_poll_at = now() + make_interval(secs => ?)
				where id = ?""")
			.params(error, backoff, sourceId)
			.update();
	}

	private record PolledSource(long outletId, URI url, String etag, String lastModified, int pollIntervalSeconds,
			int errorStreak, String kind, LinkRules linkRules) {
	}

	private record ItemOutcome(int collected, int failed) {
	}
}
