package vn.diembao.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** One request at a time per host, spaced by the politeness delay. */
class HostPoliteness {

	private final Duration delay;
	private final ConcurrentHashMap<String, HostSlot> hosts = new ConcurrentHashMap<>();

	HostPoliteness(Duration delay) {
		this.delay = delay;
	}

	void awaitTurn(String host) {
		HostSlot slot = hosts.computeIfAbsent(host == null ? "" : host, h -> new HostSlot());
		slot.lock.lock();
		try {
			long wait = slot.nextAllowedNanos - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			slot.nextAllowedNanos = System.nanoTime() + delay.toNanos();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new FetchException("Bị ngắt khi chờ lượt truy cập " + host, e);
		}
		finally {
			slot.lock.unlock();
		}
	}

	private static final class HostSlot {

		private final ReentrantLock lock = new ReentrantLock();
		private long nextAllowedNanos;
	}
}
