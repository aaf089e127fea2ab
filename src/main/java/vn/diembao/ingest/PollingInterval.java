package vn.diembao.ingest;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The next polling interval of a source, between 5 minutes and 24 hours: halved when a poll brought several new
 * items (the source is busy, we are late), lengthened by half when it brought none, kept when it brought one or
 * two. Failures back off exponentially from the current interval. A ±10 % jitter keeps sources of one outlet from
 * being polled in lockstep.
 */
final class PollingInterval {

	static final Duration MIN = Duration.ofMinutes(5);
	static final Duration MAX = Duration.ofHours(24);

	private PollingInterval() {
	}

	static long afterSuccess(long currentSeconds, int newItems) {
		double next = newItems >= 3 ? currentSeconds / 2.0 : newItems == 0 ? currentSeconds * 1.5 : currentSeconds;
		return clamp((long) next);
	}

	static long afterFailure(long currentSeconds, int errorStreak) {
		return clamp(currentSeconds * (1L << Math.min(errorStreak + 1, 10)));
	}

	static long withJitter(long seconds) {
		double jitter = 0.9 + ThreadLocalRandom.current().nextDouble() * 0.2;
		return Math.max(MIN.toSeconds() * 9 / 10, (long) (seconds * jitter));
	}

	private static long clamp(long seconds) {
		return Math.max(MIN.toSeconds(), Math.min(MAX.toSeconds(), seconds));
	}
}
