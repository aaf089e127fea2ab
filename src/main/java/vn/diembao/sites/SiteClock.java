package vn.diembao.sites;

import java.time.ZoneId;

/** Dates on the sites and in the reports are Vietnam's. */
final class SiteClock {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private SiteClock() {
	}
}
