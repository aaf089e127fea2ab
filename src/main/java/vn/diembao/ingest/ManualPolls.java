package vn.diembao.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * “Thu thập ngay” in the background, so the page can show progress instead of hanging for a minute. The status is
 * kept in this node's memory: it is a view of a running request, not business data (the poll's results are in the
 * database either way), and htmx asks the node that started it.
 */
@Component
class ManualPolls implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ManualPolls.class);

	private final Sources sources;
	private final Map<Long, PollStatus> statuses = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "manual-poll");
		thread.setDaemon(true);
		return thread;
	});

	ManualPolls(Sources sources) {
		this.sources = sources;
	}

	/** Starts a poll unless one of this source is already running; returns its status either way. */
	PollStatus start(long sourceId) {
		sources.find(sourceId).orElseThrow(() -> new SourceNotFoundException(sourceId));
		PollStatus[] started = new PollStatus[1];
		PollStatus status = statuses.compute(sourceId, (id, current) -> {
			if (current != null && current.running()) {
				return current;
			}
			started[0] = PollStatus.started(id);
			return started[0];
		});
		if (started[0] != null) {
			executor.execute(() -> run(sourceId));
		}
		return status;
	}

	/** The latest status of every source polled by hand since this node started. */
	Map<Long, PollStatus> all() {
		return Map.copyOf(statuses);
	}

	Optional<PollStatus> status(long sourceId) {
		return Optional.ofNullable(statuses.get(sourceId));
	}

	private void run(long sourceId) {
		try {
			PollResult result = sources.pollNow(sourceId, new PollProgress() {
				@Override
				public void itemStarted(int number, int count) {
					statuses.put(sourceId, new PollStatus(sourceId, true, number - 1, count,
							"Đang tải bài " + number + "/" + count + "…", false));
				}
			});
			statuses.put(sourceId, PollStatus.finished(result));
		}
		catch (RuntimeException e) {
			log.error("Thu thập ngay nguồn {} lỗi", sourceId, e);
			statuses.put(sourceId, new PollStatus(sourceId, false, 0, 0, "Thu thập lỗi: " + e.getMessage(), true));
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
