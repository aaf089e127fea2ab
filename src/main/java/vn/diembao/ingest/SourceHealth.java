package vn.diembao.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * Warning signs of a source, computed from what it yielded. A source is “im lặng bất thường” when it has had no new
 * article for four times its usual gap between articles (and at least 12 hours, since outlets publish little at
 * night). It “có thể đổi bố cục” when at least 3 of its last 5 fetched items could not be read as articles.
 */
final class SourceHealth {

	static final int RECENT_ITEMS = 5;
	static final int LAYOUT_FAILURES = 3;
	private static final int MIN_ARTICLES_FOR_A_RATE = 3;
	private static final Duration SILENCE_FLOOR = Duration.ofHours(12);

	private SourceHealth() {
	}

	/**
	 * @param articlesInWindow articles of the last 30 days
	 * @param firstInWindow the oldest of them, which bounds the observed span for a source added recently
	 */
	static boolean silentTooLong(boolean enabled, Instant lastNewItemAt, long articlesInWindow, Instant firstInWindow,
			Instant now) {
		if (!enabled || lastNewItemAt == null || firstInWindow == null || articlesInWindow < MIN_ARTICLES_FOR_A_RATE) {
			return false;
		}
		Duration span = Duration.between(firstInWindow, lastNewItemAt);
		Duration usualGap = span.dividedBy(articlesInWindow - 1);
		Duration limit = usualGap.multipliedBy(4).compareTo(SILENCE_FLOOR) > 0 ? usualGap.multipliedBy(4) : SILENCE_FLOOR;
		return Duration.between(lastNewItemAt, now).compareTo(limit) > 0;
	}

	/** @param extractionFailures how many of the last {@value #RECENT_ITEMS} attempted items failed extraction */
	static boolean layoutMayHaveChanged(long extractionFailures) {
		return extractionFailures >= LAYOUT_FAILURES;
	}

	static double itemsPerDay(long articlesLastWeek) {
		return Math.round(articlesLastWeek / 7.0 * 10) / 10.0;
	}
}
