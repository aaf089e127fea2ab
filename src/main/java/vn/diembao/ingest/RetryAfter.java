package vn.diembao.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The Retry-After header (RFC 9110): delay seconds or an HTTP date. */
final class RetryAfter {

	private RetryAfter() {
	}

	static Optional<Duration> parse(String header, Clock clock) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.trim();
		if (value.matches("\\d{1,9}")) {
			return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
		}
		try {
			Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
			return Optional.of(until.isNegative() ? Duration.ZERO : until);
		}
		catch (DateTimeParseException unknown) {
			return Optional.empty();
		}
	}
}
