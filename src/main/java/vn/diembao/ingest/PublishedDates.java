package vn.diembao.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
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

	private static final Pattern RELATIVE = Pattern.compile(
			"(\\d{1,3})\\s*(giây|phút|giờ|tiếng|ngày|tuần|tháng|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s*(trước|ago)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern DAY_WORD = Pattern.compile(
			"(hôm nay|hôm qua|today|yesterday)(?:\\D{0,4}(\\d{1,2})[:h](\\d{2}))?|(\\d{1,2})[:h](\\d{2})\\D{0,4}(hôm nay|hôm qua|today|yesterday)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Pattern JUST_NOW = Pattern.compile("vừa xong|vừa đăng|just now", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
					return parseAbsolute(v);
				}
			}
		}
	}

	static Optional<Instant> parseVisible(String text) {
		return parseVisible(text, Clock.systemUTC());
	}

	/**
	 * The first day/month/year (with optional time) in text, in Vietnam's time zone; failing that a relative date
	 * (“2 giờ trước”, “hôm qua 08:30”, “vừa xong”) counted back from the clock's now.
	 */
	static Optional<Instant> parseVisible(String text, Clock clock) {
		if (text == null) {
			return Optional.empty();
		}
		Optional<Instant> absolute = parseAbsolute(text);
		return absolute.isPresent() ? absolute : parseRelative(text, clock);
	}

	static Optional<Instant> parseRelative(String text, Clock clock) {
		Instant now = clock.instant();
		Matcher relative = RELATIVE.matcher(text);
		if (relative.find()) {
			long amount = Long.parseLong(relative.group(1));
			String unit = relative.group(2).toLowerCase(java.util.Locale.ROOT);
			Duration back = switch (unit.charAt(0)) {
				case 'g' -> unit.startsWith("giây") ? Duration.ofSeconds(amount) : Duration.ofHours(amount);
				case 's' -> Duration.ofSeconds(amount);
				case 'p', 'm' -> unit.startsWith("mo") ? Duration.ofDays(30 * amount) : Duration.ofMinutes(amount);
				case 'h', 't' -> unit.startsWith("tuần") ? Duration.ofDays(7 * amount)
						: unit.startsWith("tháng") ? Duration.ofDays(30 * amount) : Duration.ofHours(amount);
				case 'n', 'd' -> Duration.ofDays(amount);
				case 'w' -> Duration.ofDays(7 * amount);
				default -> null;
			};
			return back == null ? Optional.empty() : Optional.of(now.minus(back));
		}
		Matcher day = DAY_WORD.matcher(text);
		if (day.find()) {
			String word = (day.group(1) != null ? day.group(1) : day.group(6)).toLowerCase(java.util.Locale.ROOT);
			String hour = day.group(1) != null ? day.group(2) : day.group(4);
			String minute = day.group(1) != null ? day.group(3) : day.group(5);
			LocalDate date = now.atZone(VIETNAM).toLocalDate().minusDays(word.equals("hôm qua") || word.equals("yesterday") ? 1 : 0);
			LocalTime time = hour == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(hour) % 24, Integer.parseInt(minute) % 60);
			return Optional.of(date.atTime(time).atZone(VIETNAM).toInstant());
		}
		return JUST_NOW.matcher(text).find() ? Optional.of(now) : Optional.empty();
	}

	private static Optional<Instant> parseAbsolute(String text) {
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
