package vn.diembao.ingest;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/** Requests to one host start spaced by the politeness delay, and at most {@code maxConnections} run at once. */
class HostPoliteness {

	private final Duration delay;
	private final int maxConnections;
	private final ConcurrentHashMap<String, HostSlot> hosts = new ConcurrentHashMap<>();

	HostPoliteness(Duration delay) {
		this(delay, 2);
	}

	HostPoliteness(Duration delay, int maxConnections) {
		this.delay = delay;
		this.maxConnections = maxConnections;
	}

	/** Waits for a free connection and for the host's turn; the caller must {@link #release} when done. */
	void acquire(String host) {
		HostSlot slot = slot(host);
		try {
			slot.connections.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new FetchException("Bị ngắt khi chờ lượt truy cập " + host, e);
		}
		try {
			awaitTurn(host);
		}
		catch (RuntimeException e) {
			slot.connections.release();
			throw e;
		}
	}

	void release(String host) {
		slot(host).connections.release();
	}

	private HostSlot slot(String host) {
		return hosts.computeIfAbsent(host == null ? "" : host, h -> new HostSlot(maxConnections));
	}

	void awaitTurn(String host) {
		HostSlot slot = slot(host);
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
		private final Semaphore connections;
		private long nextAllowedNanos;

		HostSlot(int maxConnections) {
			this.connections = new Semaphore(maxConnections, true);
		}
	}
}
