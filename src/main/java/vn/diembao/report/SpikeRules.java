package vn.diembao.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When coverage is unusual. A story spikes when {@code storyOutlets} different outlets carry it within
 * {@code storyWindow}. A place spikes when its negative articles of the last 24 hours reach {@code placeMinimum} and
 * stand well above its usual daily rate over the {@code baselineDays} before: more than twice the mean and more than
 * the mean plus three standard deviations of a Poisson count (mean + 3·√mean) — a steady rate never fires.
 */
record SpikeRules(Duration storyWindow, int storyOutlets, int baselineDays, int placeMinimum) {

	static final Duration DAY = Duration.ofHours(24);

	record Publication(String outlet, Instant at) {
	}

	/** The moment the story first had enough outlets within the window, or null if it never had. */
	Instant storySpikeAt(List<Publication> publications) {
		List<Publication> sorted = new ArrayList<>(publications.stream().filter(p -> p.at() != null).toList());
		sorted.sort(Comparator.comparing(Publication::at));
		Map<String, Integer> inWindow = new HashMap<>();
		int start = 0;
		for (Publication p : sorted) {
			while (Duration.between(sorted.get(start).at(), p.at()).compareTo(storyWindow) > 0) {
				inWindow.computeIfPresent(sorted.get(start).outlet(), (k, n) -> n == 1 ? null : n - 1);
				start++;
			}
			inWindow.merge(p.outlet(), 1, Integer::sum);
			if (inWindow.size() >= storyOutlets) {
				return p.at();
			}
		}
		return null;
	}

	/** Whether the negative articles about one place published up to {@code now} make a spike at {@code now}. */
	boolean placeSpike(List<Instant> negatives, Instant now) {
		Instant recentFrom = now.minus(DAY);
		Instant baselineFrom = recentFrom.minus(DAY.multipliedBy(baselineDays));
		long recent = negatives.stream().filter(t -> t.isAfter(recentFrom) && !t.isAfter(now)).count();
		long before = negatives.stream().filter(t -> t.isAfter(baselineFrom) && !t.isAfter(recentFrom)).count();
		double mean = before / (double) baselineDays;
		return recent >= placeMinimum && recent > 2 * mean && recent > mean + 3 * Math.sqrt(mean);
	}
}
