package vn.diembao.sites;

import java.util.List;

/** The form that adds or changes a check; {@code levels} are level codes, none meaning all levels. */
record CheckForm(String code, String label, String kind, String pattern, Integer maxAgeDays, Integer thresholdMs,
		Integer minPostsPerWeek, List<String> levels) {
}
