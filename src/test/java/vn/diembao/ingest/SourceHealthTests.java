package vn.diembao.ingest;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceHealthTests {

	private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

	@Test
	void aBusySourceQuietForADayIsSilent() {
		// 48 articles a day over 10 days, the last one 24 hours ago
		Instant last = NOW.minus(Duration.ofHours(24));
		assertThat(SourceHealth.silentTooLong(true, last, 480, last.minus(Duration.ofDays(10)), NOW)).isTrue();
	}

	@Test
	void aBusySourceQuietOvernightIsNot() {
		Instant last = NOW.minus(Duration.ofHours(7));
		assertThat(SourceHealth.silentTooLong(true, last, 480, last.minus(Duration.ofDays(10)), NOW)).isFalse();
	}

	@Test
	void aWeeklySourceQuietForFiveDaysIsNot() {
		Instant last = NOW.minus(Duration.ofDays(5));
		assertThat(SourceHealth.silentTooLong(true, last, 4, last.minus(Duration.ofDays(21)), NOW)).isFalse();
	}

	@Test
	void aSourceWithoutEnoughHistoryOrDisabledIsNeverSilent() {
		Instant last = NOW.minus(Duration.ofDays(20));
		assertThat(SourceHealth.silentTooLong(true, last, 2, last.minus(Duration.ofDays(1)), NOW)).isFalse();
		assertThat(SourceHealth.silentTooLong(false, last, 100, last.minus(Duration.ofDays(1)), NOW)).isFalse();
	}

	@Test
	void threeExtractionFailuresAmongTheLastFiveItemsSuggestALayoutChange() {
		assertThat(SourceHealth.layoutMayHaveChanged(3)).isTrue();
		assertThat(SourceHealth.layoutMayHaveChanged(2)).isFalse();
	}

	@Test
	void itemsPerDayAveragesTheWeek() {
		assertThat(SourceHealth.itemsPerDay(10)).isEqualTo(1.4);
	}
}
