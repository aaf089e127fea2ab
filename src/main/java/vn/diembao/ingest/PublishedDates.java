package vn.diembao.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese outlets write them: ISO-8601 in metadata, “Thứ hai, 18/11/2024, 08:30 (GMT+7)” on the page. */
final class PublishedDates {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Pattern VISIBLE = Pattern
		.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?:\\D{1,4}(\\d{1,2})[:h](\\d{2}))?");
	private static final Pattern TIME_FIRST = Pattern
		.compile("(\\d{1,2})[:h](\\d{2})\\D{1,6}(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");

	private PublishedDates() {
	}

	static Optional<Instant> parseIso(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.trim();
		try {
			return Optional.of(OffsetDateTime.parse(v).toInstant());
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Optional.of(LocalDateTime.parse(v).atZone(VIETNAM).toInstant());
			}
			catch (DateTimeParseException notLocal) {
				try {
					return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay(VIETNAM).toInstant());
				}
				catch (DateTimeParseException unknown) {
					return parseVisible(v);
				}
			}
		}
	}

	/** The first day/month/year (with optional time) in text, in Vietnam's time zone. */
	static Optional<Instant> parseVisible(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher timeFirst = TIME_FIRST.matcher(text);
		Matcher dateFirst = VISIBLE.matcher(text);
		boolean hasTimeFirst = timeFirst.find();
		boolean hasDateFirst = dateFirst.find();
		try {
			if (hasTimeFirst && (!hasDateFirst || timeFirst.start() < dateFirst.start())) {
				return Optional.of(at(timeFirst.group(5), timeFirst.group(4), timeFirst.group(3), timeFirst.group(1),
						timeFirst.group(2)));
			}
			if (hasDateFirst) {
				return Optional.of(at(dateFirst.group(3), dateFirst.group(2), dateFirst.group(1), dateFirst.group(4),
						dateFirst.group(5)));
			}
		}
		catch (java.time.DateTimeException invalid) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static Instant at(String year, String month, String day, String hour, String minute) {
		LocalDateTime time = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day),
				hour == null ? 0 : Integer.parseInt(hour), minute == null ? 0 : Integer.parseInt(minute));
		return time.atZone(VIETNAM).toInstant();
	}
}
