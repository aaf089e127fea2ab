package vn.diembao.sites;

import java.time.Instant;

/** A stored verdict of one check on one site. */
record CheckResult(long siteId, long checkId, Instant checkedAt, CheckStatus status, String detail, String evidenceUrl,
		Integer responseMs) {

	public String checkedAtText() {
		return SiteClock.MINUTE.format(checkedAt.atZone(SiteClock.ZONE));
	}
}
