package vn.diembao.ingest;

import java.time.Instant;

/**
 * A source and its health, as the “Nguồn thu thập” page shows it. {@code itemsPerDay} averages the last 7 days;
 * {@code silent} and {@code layoutChanged} are the warning flags of {@code SourceHealth}; {@code origin} is
 * CATALOG for sources imported from the outlet list and ADMIN for those added by hand; the {@code link…} fields are
 * a LISTING source's link-selection rules (null: the default rule).
 */
public record SourceView(long id, long outletId, String outletName, String kind, String url, boolean enabled,
		int pollIntervalSeconds, Instant nextPollAt, Instant lastPolledAt, Instant lastSuccessAt, Instant lastNewItemAt,
		int errorStreak, String lastError, long articleCount, long failedItems, double itemsPerDay, boolean silent,
		boolean layoutChanged, String origin, String note, String linkSelector, String linkInclude, String linkExclude) {

	public int pollIntervalMinutes() {
		return pollIntervalSeconds / 60;
	}
}
