package vn.diembao.sites;

import java.time.ZoneId;

/** Dates on the sites and in the reports are Vietnam's. */
final class SiteClock {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	static String day(java.time.Instant instant) {
		return DAY.format(instant.atZone(ZONE));
	}

	private SiteClock() {
	}
}
