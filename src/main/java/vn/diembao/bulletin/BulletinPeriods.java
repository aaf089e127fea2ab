package vn.diembao.bulletin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.diembao.directory.WorkingCalendar;

/**
 * Which bulletins are due on a day and what period each covers. A daily bulletin issued in the morning covers the
 * days since the previous issue (Monday's covers Friday to Sunday, the day after Tết the whole holiday); the weekly
 * one, issued on the first working day of a week, the previous Monday–Sunday; the monthly one the previous month.
 */
@Component
class BulletinPeriods {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Whole days, both ends included. */
	record Period(LocalDate start, LocalDate end) {

		Instant from() {
			return start.atStartOfDay(VIETNAM).toInstant();
		}

		/** Exclusive. */
		Instant to() {
			return end.plusDays(1).atStartOfDay(VIETNAM).toInstant();
		}
	}

	private final WorkingCalendar calendar;
	private final BulletinProperties properties;

	BulletinPeriods(WorkingCalendar calendar, BulletinProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	List<BulletinKind> dueOn(LocalDate day) {
		if (!isIssuingDay(day)) {
			return List.of();
		}
		List<BulletinKind> due = new ArrayList<>();
		for (BulletinKind kind : BulletinKind.values()) {
			if (kind.isDaily()) {
				due.add(kind);
			}
		}
		if (isFirstIssuingDaySince(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), day)) {
			due.add(BulletinKind.PROVINCE_WEEKLY);
		}
		if (isFirstIssuingDaySince(day.withDayOfMonth(1), day)) {
			due.add(BulletinKind.PROVINCE_MONTHLY);
		}
		return due;
	}

	Period of(BulletinKind kind, LocalDate issueDate) {
		return switch (kind.cadence()) {
			case DAILY -> new Period(previousIssuingDay(issueDate), issueDate.minusDays(1));
			case WEEKLY -> {
				LocalDate monday = issueDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
				yield new Period(monday, monday.plusDays(6));
			}
			case MONTHLY -> {
				LocalDate first = issueDate.withDayOfMonth(1).minusMonths(1);
				yield new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
			}
		};
	}

	private boolean isIssuingDay(LocalDate day) {
		return properties.onNonWorkingDays() || calendar.isWorkingDay(day);
	}

	private boolean isFirstIssuingDaySince(LocalDate start, LocalDate day) {
		for (LocalDate d = start; d.isBefore(day); d = d.plusDays(1)) {
			if (isIssuingDay(d)) {
				return false;
			}
		}
		return true;
	}

	/** The previous issue's date; a week back at most, so a long holiday table gap cannot make one bulletin huge. */
	private LocalDate previousIssuingDay(LocalDate issueDate) {
		LocalDate day = issueDate.minusDays(1);
		for (int i = 0; i < 14 && !isIssuingDay(day); i++) {
			day = day.minusDays(1);
		}
		return day;
	}
}
