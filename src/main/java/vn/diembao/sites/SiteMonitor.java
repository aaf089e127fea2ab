package vn.diembao.sites;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Checks due sites on a schedule (daily by default). Several nodes may run this: each claims a batch of due sites
 * with {@code FOR UPDATE SKIP LOCKED} and moves their next check forward in the same statement, so no site is
 * checked twice at once and a node that dies only delays its batch by one period.
 */
@Service
class SiteMonitor {

	private static final Logger log = LoggerFactory.getLogger(SiteMonitor.class);
	private static final int BATCH = 10;

	private final JdbcClient jdbc;
	private final SiteRegistry registry;
	private final SiteChecks checks;
	private final SiteInspector inspector;
	private final SiteResults results;
	private final SiteAlerts alerts;
	private final SitesProperties properties;
	private final Clock clock = Clock.systemUTC();

	SiteMonitor(JdbcClient jdbc, SiteRegistry registry, SiteChecks checks, SiteInspector inspector, SiteResults results,
			SiteAlerts alerts, SitesProperties properties) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.checks = checks;
		this.inspector = inspector;
		this.results = results;
		this.alerts = alerts;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "PT30S", fixedDelayString = "${diembao.sites.scan-interval:PT5M}")
	void checkDueSites() {
		if (!properties.schedulingEnabled()) {
			return;
		}
		List<Long> claimed;
		while (!(claimed = claimDue()).isEmpty()) {
			claimed.forEach(this::checkQuietly);
		}
	}

	/** Claims up to a batch of due sites for this node; package-visible so tests can race two claims. */
	List<Long> claimDue() {
		return jdbc.sql("""
				update app.website set next_check_at = now() + make_interval(secs => :period)
				where id in (select id from app.website where active and next_check_at <= now()
				             order by next_check_at limit :batch for update skip locked)
				returning id""")
			.param("period", properties.checkEvery().toSeconds())
			.param("batch", BATCH)
			.query(Long.class)
			.list();
	}

	private void checkQuietly(long siteId) {
		try {
			check(siteId, clock.instant());
		}
		catch (RuntimeException e) {
			// one broken site (or a bug on an odd page) must not stop the others being checked
			log.error("Trang {}: lỗi khi kiểm tra", siteId, e);
		}
	}

	/** Checks one site now (also the “check now” button), records every verdict and mails the agency if due. */
	List<Outcome> check(long siteId, Instant now) {
		Website site = registry.find(siteId).orElseThrow(() -> new SiteNotFoundException(siteId));
		LocalDate today = now.atZone(SiteClock.ZONE).toLocalDate();
		List<Outcome> outcomes = inspector.inspect(site, checks.enabled(), now, today);
		results.record(siteId, outcomes, now);
		// a site checked by hand is not due again for a full period
		jdbc.sql("update app.website set next_check_at = greatest(next_check_at, ?) where id = ?")
			.params(java.sql.Timestamp.from(now.plus(properties.checkEvery())), siteId)
			.update();
		alerts.sendIfDue(site, now);
		long red = outcomes.stream().filter(o -> o.status() == CheckStatus.RED).count();
		log.info("Trang {}: {} kiểm tra, {} không đạt", site.url(), outcomes.size(), red);
		return outcomes;
	}
}
