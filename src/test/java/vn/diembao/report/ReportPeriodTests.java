package vn.diembao.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportPeriodTests {

	@Test
	void aMonthRunsFromItsFirstToItsLastDay() {
		ReportPeriod november = ReportPeriod.parseMonth("2024-11");
		assertThat(november.from()).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(november.to()).isEqualTo(LocalDate.of(2024, 11, 30));
		assertThat(november.label()).isEqualTo("tháng 11/2024");
		assertThat(november.path()).isEqualTo("/bao-cao/thang/2024-11");
		assertThat(november.previous().code()).isEqualTo("2024-10");
		assertThat(ReportPeriod.parseMonth("2024-12").next().code()).isEqualTo("2025-01");
	}

	@Test
	void anIsoWeekRunsFromMondayToSunday() {
		ReportPeriod week = ReportPeriod.parseWeek("2024-W47");
		assertThat(week.from()).isEqualTo(LocalDate.of(2024, 11, 18));
		assertThat(week.to()).isEqualTo(LocalDate.of(2024, 11, 24));
		assertThat(week.label()).isEqualTo("tuần 47/2024");
		assertThat(week.path()).isEqualTo("/bao-cao/tuan/2024-W47");
		// ISO week 1 of 2025 starts on Monday 30 December 2024
		assertThat(ReportPeriod.parseWeek("2025-W01").from()).isEqualTo(LocalDate.of(2024, 12, 30));
		assertThat(ReportPeriod.parseWeek("2025-W01").previous().code()).isEqualTo("2024-W52");
		assertThat(ReportPeriod.weekOf(LocalDate.of(2026, 12, 31)).code()).isEqualTo("2026-W53");
	}

	@Test
	void nonsenseIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriod.parseWeek("2024-W54"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriod.parseWeek("2024-47"));
		assertThatIllegalArgumentException().isThrownBy(() -> ReportPeriod.parseMonth("2024-13"));
	}

	@Test
	void countsHaveTwoDigitsAtLeastAndThousandsWithADot() {
		assertThat(ReportWriter.count(4)).isEqualTo("04");
		assertThat(ReportWriter.count(0)).isEqualTo("00");
		assertThat(ReportWriter.count(89)).isEqualTo("89");
		assertThat(ReportWriter.count(1204)).isEqualTo("1.204");
	}
}
