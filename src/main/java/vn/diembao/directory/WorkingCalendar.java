package vn.diembao.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deadlines count working days: Monday to Friday, minus public holidays and compensatory days off, plus the
 * Saturdays worked in exchange — all from the {@code holiday} table that administrators keep.
 */
@Service
public class WorkingCalendar {

	private final JdbcClient jdbc;
	private final Map<Integer, Map<LocalDate, Boolean>> exceptionsByYear = new ConcurrentHashMap<>();

	WorkingCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate date) {
		Boolean exception = exceptions(date.getYear()).get(date);
		if (exception != null) {
			return exception;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The date {@code days} working days after {@code start} (the start day itself does not count). */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate date = start;
		int remaining = days;
		while (remaining > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/** The date {@code days} working days before {@code end}. */
	public LocalDate subtractWorkingDays(LocalDate end, int days) {
		LocalDate date = end;
		int remaining = days;
		while (remaining > 0) {
			date = date.minusDays(1);
			if (isWorkingDay(date)) {
				remaining--;
			}
		}
		return date;
	}

	/** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** Forget cached holidays after an administrator edits them. */
	public void refresh() {
		exceptionsByYear.clear();
	}

	private Map<LocalDate, Boolean> exceptions(int year) {
		return exceptionsByYear.computeIfAbsent(year, y -> {
			Map<LocalDate, Boolean> days = new ConcurrentHashMap<>();
			jdbc.sql("select day, kind from app.holiday where extract(year from day) = ?")
				.param(y)
				.query((rs, i) -> days.put(rs.getObject("day", LocalDate.class), "WORKING_DAY".equals(rs.getString("kind"))))
				.list();
			return days;
		});
	}
}
