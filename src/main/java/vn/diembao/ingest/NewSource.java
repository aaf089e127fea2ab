package vn.diembao.ingest;

/**
 * What an administrator fills in to add a source (form or {@code POST /api/v1/sources}); blank fields take their
 * defaults: kind RSS, the configured polling interval, enabled.
 */
public record NewSource(Long outletId, String url, String kind, Integer pollIntervalMinutes, Boolean enabled) {
}
