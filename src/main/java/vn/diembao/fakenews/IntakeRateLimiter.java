package vn.diembao.fakenews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most N public reports per IP address per hour (in memory, per node: enough to stop a flood from one source). */
@Component
class IntakeRateLimiter {

	private final int perHour;
	private final Clock clock = Clock.systemUTC();
	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	IntakeRateLimiter(@Value("${diembao.fakenews.reports-per-hour:5}") int perHour) {
		this.perHour = perHour;
	}

	boolean tryAcquire(String address) {
		Instant now = clock.instant();
		Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
				times.pollFirst();
			}
			if (times.size() >= perHour) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}
}
