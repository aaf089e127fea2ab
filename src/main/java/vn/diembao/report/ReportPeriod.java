package vn.diembao.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a calendar month or an ISO week (Monday to Sunday), both ends inclusive. Its code is
 * the path segment of its pages: “2024-11” or “2024-W47”.
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to, int year, int number) {

	public enum Kind {
		MONTH("tháng"), WEEK("tuần");

		private final String word;

		Kind(String word) {
			this.word = word;
		}

		/** “tháng” or “tuần”, as in “Trong tháng,”. */
		public String word() {
			return word;
		}
	}

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	static ReportPeriod month(YearMonth month) {
		return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth(), month.getYear(), month.getMonthValue());
	}

	static ReportPeriod week(int weekBasedYear, int week) {
		LocalDate january4 = LocalDate.of(weekBasedYear, 1, 4);
		if (week < 1 || week > january4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new IllegalArgumentException("Không có tuần " + week + " năm " + weekBasedYear);
		}
		LocalDate monday = january4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6), weekBasedYear, week);
	}

	static ReportPeriod weekOf(LocalDate day) {
		return week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	static ReportPeriod parseMonth(String code) {
		try {
			return month(YearMonth.parse(code));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Tháng không hợp lệ: " + code);
		}
	}

	static ReportPeriod parseWeek(String code) {
		Matcher matcher = WEEK.matcher(code);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Tuần không hợp lệ: " + code);
		}
		return week(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/** “2024-11” or “2024-W47”. */
	public String code() {
		return kind == Kind.MONTH ? "%d-%02d".formatted(year, number) : "%d-W%02d".formatted(year, number);
	}

	/** “11/2024” for a month, “47/2024” for a week, as the documents write them. */
	public String numberLabel() {
		return "%02d/%d".formatted(number, year);
	}

	/** “tháng 11/2024” or “tuần 47/2024”. */
	public String label() {
		return kind.word() + " " + numberLabel();
	}

	public ReportPeriod previous() {
		return kind == Kind.MONTH ? month(YearMonth.of(year, number).minusMonths(1)) : weekOf(from.minusDays(7));
	}

	public ReportPeriod next() {
		return kind == Kind.MONTH ? month(YearMonth.of(year, number).plusMonths(1)) : weekOf(from.plusDays(7));
	}

	public String path() {
		return (kind == Kind.MONTH ? "/bao-cao/thang/" : "/bao-cao/tuan/") + code();
	}
}
