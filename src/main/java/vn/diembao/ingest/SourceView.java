package vn.diembao.ingest;

import java.time.Instant;

/** A source and its health, as the “Nguồn thu thập” page shows it. */
public record SourceView(long id, long outletId, String outletName, String kind, String url, boolean enabled,
		int pollIntervalSeconds, Instant nextPollAt, Instant lastPolledAt, Instant lastSuccessAt, Instant lastNewItemAt,
		int errorStreak, String lastError, long articleCount, long failedItems) {
}
