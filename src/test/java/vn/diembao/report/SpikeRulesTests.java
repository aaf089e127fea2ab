package vn.diembao.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The spike rules on synthetic time series, fed one article at a time as the listener sees them. */
class SpikeRulesTests {

	static final SpikeRules RULES = new SpikeRules(Duration.ofHours(6), 3, 28, 3);
	static final Instant T0 = Instant.parse("2030-03-01T00:00:00Z");

	static Instant hours(double h) {
		return T0.plusSeconds(Math.round(h * 3600));
	}

	static SpikeRules.Publication at(String outlet, double h) {
		return new SpikeRules.Publication(outlet, hours(h));
	}

	@Test
	void aStoryCarriedByThreeOutletsWithinSixHoursSpikes() {
		assertThat(RULES.storySpikeAt(List.of(at("A", 0), at("B", 2), at("C", 5.5)))).isEqualTo(hours(5.5));
		assertThat(RULES.storySpikeAt(List.of(at("A", 0), at("B", 3), at("C", 6)))).isEqualTo(hours(6));
	}

	@Test
	void aStorySpreadingSlowlyOrRepeatedByOneOutletDoesNot() {
		// a new outlet every four hours: never three within six
		List<SpikeRules.Publication> slow = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			slow.add(at("Báo " + i, i * 4));
		}
		assertThat(RULES.storySpikeAt(slow)).isNull();
		assertThat(RULES.storySpikeAt(List.of(at("A", 0), at("A", 1), at("A", 2), at("B", 3)))).isNull();
		assertThat(RULES.storySpikeAt(List.of(at("A", 0), at("B", 1), at("C", 7.5)))).isNull();
	}

	@Test
	void theStoryAlertFiresOnceAsArticlesKeepComing() {
		Set<String> alerts = new HashSet<>();
		List<SpikeRules.Publication> seen = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			seen.add(at("Báo " + i, i * 0.5));
			if (RULES.storySpikeAt(seen) != null) {
				alerts.add("story:1");
			}
		}
		assertThat(alerts).hasSize(1);
	}

	/** A place's negative articles checked one by one as they arrive; alerts are one per place and day. */
	private static Set<String> placeAlerts(List<Instant> series) {
		return placeAlerts(series, T0);
	}

	/** As above, counting only alerts from {@code checkedFrom} on. */
	private static Set<String> placeAlerts(List<Instant> series, Instant checkedFrom) {
		Set<String> alerts = new HashSet<>();
		List<Instant> seen = new ArrayList<>();
		for (Instant t : series) {
			seen.add(t);
			if (!t.isBefore(checkedFrom) && RULES.placeSpike(seen, t)) {
				alerts.add("place:da lat:" + t.atZone(ReportFigureSource.VIETNAM).toLocalDate());
			}
		}
		return alerts;
	}

	/**
	 * Once a place has its month of history, a steady rate never fires. (In the first days of monitoring there is no
	 * usual rate yet, and a first burst of negative articles about a place is news — that does fire.)
	 */
	@Test
	void aSteadyRateOfNegativeArticlesNeverFires() {
		Instant afterWarmUp = hours(29 * 24);
		List<Instant> steady = new ArrayList<>();
		for (int h = 0; h < 60 * 24; h += 6) {
			steady.add(hours(h));
		}
		assertThat(placeAlerts(steady, afterWarmUp)).isEmpty();
		// a busy place: twelve a day for two months, even with the usual jitter of ±3 a day
		List<Instant> busy = new ArrayList<>();
		for (int day = 0; day < 60; day++) {
			int count = 12 + (day % 3 - 1) * 3;
			for (int i = 0; i < count; i++) {
				busy.add(hours(day * 24 + i * 24.0 / count));
			}
		}
		assertThat(placeAlerts(busy, afterWarmUp)).isEmpty();
	}

	@Test
	void aBurstAboveTheUsualRateFiresOnceForThatDay() {
		List<Instant> series = new ArrayList<>();
		for (int day = 0; day < 40; day += 5) {
			series.add(hours(day * 24 + 10));
		}
		for (int i = 0; i < 8; i++) {
			series.add(hours(41 * 24 + 8 + i));
		}
		Set<String> alerts = placeAlerts(series);
		assertThat(alerts).hasSize(1);
		// the third article of the burst makes it: with a usual 0.2 a day, 3 in 24 hours is a spike
		List<Instant> untilSecond = series.subList(0, series.size() - 6);
		assertThat(placeAlerts(untilSecond)).isEmpty();
	}

	@Test
	void quietHoursRunOverMidnight() {
		AlertProperties properties = new AlertProperties(null, null, null, null, null, null, null, null);
		assertThat(properties.quiet(LocalTime.of(23, 0))).isTrue();
		assertThat(properties.quiet(LocalTime.of(5, 59))).isTrue();
		assertThat(properties.quiet(LocalTime.of(6, 0))).isFalse();
		assertThat(properties.quiet(LocalTime.of(12, 0))).isFalse();
		AlertProperties noQuiet = new AlertProperties(null, null, null, null, null, LocalTime.NOON, LocalTime.NOON, null);
		assertThat(noQuiet.quiet(LocalTime.of(23, 0))).isFalse();
	}
}
