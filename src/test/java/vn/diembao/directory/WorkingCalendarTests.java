package vn.diembao.directory;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

@DiembaoTest
class WorkingCalendarTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void anAdministratorAddsADayOffAndDeadlinesMoveAtOnce() throws Exception {
		LocalDate monday = LocalDate.of(2027, 11, 22);
		assertThat(calendar.isWorkingDay(monday)).isTrue();

		mvc.perform(post("/quan-tri/lich-lam-viec").with(TestUsers.as(accounts, "calendar-admin", Role.ADMIN, null)).with(csrf())
			.param("day", monday.toString()).param("name", "Nghỉ bù thử nghiệm").param("kind", "DAY_OFF"))
			.andExpect(status().is3xxRedirection());

		assertThat(calendar.isWorkingDay(monday)).isFalse();
		mvc.perform(get("/quan-tri/lich-lam-viec").param("nam", "2027").with(TestUsers.as(accounts, "calendar-admin", Role.ADMIN, null)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Nghỉ bù thử nghiệm")));
		mvc.perform(get("/quan-tri/lich-lam-viec").with(TestUsers.officer(accounts))).andExpect(status().isForbidden());
	}

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
