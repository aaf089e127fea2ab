package vn.diembao.sites;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param schedulingEnabled whether this node checks due sites on its own
 * @param checkEvery how often each site is checked (default daily)
 * @param scanInterval how often a node looks for due sites
 * @param alertAfterDays a check failing for longer than this mails the agency
 * @param alertEvery at most one mail per site within this period (default a week)
 * @param certificateWarningDays an HTTPS certificate expiring sooner than this turns amber
 */
@ConfigurationProperties("diembao.sites")
record SitesProperties(Boolean schedulingEnabled, Duration checkEvery, Duration scanInterval, Integer alertAfterDays,
		Duration alertEvery, Integer certificateWarningDays) {

	SitesProperties {
		schedulingEnabled = schedulingEnabled == null || schedulingEnabled;
		checkEvery = checkEvery == null ? Duration.ofDays(1) : checkEvery;
		scanInterval = scanInterval == null ? Duration.ofMinutes(5) : scanInterval;
		alertAfterDays = alertAfterDays == null ? 7 : alertAfterDays;
		alertEvery = alertEvery == null ? Duration.ofDays(7) : alertEvery;
		certificateWarningDays = certificateWarningDays == null ? 14 : certificateWarningDays;
	}
}
