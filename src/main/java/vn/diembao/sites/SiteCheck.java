package vn.diembao.sites;

import java.util.Set;

/** One configured check (a row of {@code app.website_check}); {@code levels} empty means every level. */
record SiteCheck(long id, String code, String label, CheckKind kind, String pattern, Integer maxAgeDays,
		Integer thresholdMs, Integer minPostsPerWeek, Set<SiteLevel> levels, boolean enabled) {

	boolean appliesTo(SiteLevel level) {
		return levels.isEmpty() || levels.contains(level);
	}
}
