package vn.diembao.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollingIntervalTests {

	@Test
	void aBusySourceIsPolledMoreOftenButNeverBelowFiveMinutes() {
		assertThat(PollingInterval.afterSuccess(1800, 10)).isEqualTo(900);
		assertThat(PollingInterval.afterSuccess(400, 10)).isEqualTo(300);
	}

	@Test
	void aQuietSourceIsPolledLessOftenButAtLeastDaily() {
		assertThat(PollingInterval.afterSuccess(1800, 0)).isEqualTo(2700);
		assertThat(PollingInterval.afterSuccess(80_000, 0)).isEqualTo(86_400);
	}

	@Test
	void failuresBackOffExponentiallyUpToADay() {
		assertThat(PollingInterval.afterFailure(1800, 0)).isEqualTo(3600);
		assertThat(PollingInterval.afterFailure(1800, 1)).isEqualTo(7200);
		assertThat(PollingInterval.afterFailure(1800, 9)).isEqualTo(86_400);
	}

	@Test
	void jitterStaysWithinTenPercent() {
		for (int i = 0; i < 100; i++) {
			assertThat(PollingInterval.withJitter(3600)).isBetween(3240L, 3960L);
		}
	}
}
