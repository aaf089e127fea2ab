package vn.diembao.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

@DiembaoTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Test
	void skipsWeekends() {
		// Friday 20/11/2026 + 1 working day = Monday 23/11/2026
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void skipsLunarNewYear() {
		// 10 working days from Thursday 12/2/2026 cross Tết Bính Ngọ (16–20/2 off)
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void countsACompensatorySaturdayAsWorking() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
	}

	@Test
	void countsWorkingDaysBetweenDatesBothWays() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20))).isEqualTo(-5);
		assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 11, 23), 2)).isEqualTo(LocalDate.of(2026, 11, 19));
	}
}
