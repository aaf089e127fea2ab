package vn.diembao.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * Deadlines count working days. This first version skips Saturdays and Sundays; the holiday table (lunar Tết and
 * compensatory days as data) arrives with the directory's calendar administration.
 */
@Service
public class WorkingCalendar {

	public boolean isWorkingDay(LocalDate date) {
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
}
