package vn.diembao.ingest;

/**
 * What an administrator fills in to add a source (form or {@code POST /api/v1/sources}); blank fields take their
 * defaults: kind RSS, the configured polling interval, enabled. {@code linkSelector}, {@code linkInclude} and
 * {@code linkExclude} are the link-selection rules of a LISTING source (see {@code LinkRules}); blank means the
 * default rule.
 */
public record NewSource(Long outletId, String url, String kind, Integer pollIntervalMinutes, Boolean enabled,
		String linkSelector, String linkInclude, String linkExclude) {

	public NewSource(Long outletId, String url, String kind, Integer pollIntervalMinutes, Boolean enabled) {
		this(outletId, url, kind, pollIntervalMinutes, enabled, null, null, null);
	}

	LinkRules linkRules() {
		return new LinkRules(linkSelector, linkInclude, linkExclude);
	}
}
