package vn.diembao.sites;

import java.util.List;
import java.util.Map;

/** What the site page shows. */
record SiteDetail(Website site, String agencyName, List<CheckLine> checks, List<ColumnWeeks> columns,
		List<CheckResult> history, Map<Long, String> checkLabels, List<SiteAlerts.SentAlert> alerts) {

	/** A check with its latest verdict (null: not yet checked) and, for a banner, when it was first and last seen. */
	record CheckLine(SiteCheck check, CheckResult latest, SiteResults.Seen bannerSeen) {
	}

	record ColumnWeeks(SiteCheck check, List<ColumnPosts.WeekCount> weeks) {
	}
}
