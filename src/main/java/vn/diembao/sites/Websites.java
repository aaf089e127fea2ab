package vn.diembao.sites;

import org.springframework.stereotype.Service;

import vn.diembao.directory.CurrentUser;

/** The registry and the checks as other modules (the demo data, an import job) use them. */
@Service
public class Websites {

	private final SiteRegistry registry;
	private final SiteMonitor monitor;

	Websites(SiteRegistry registry, SiteMonitor monitor) {
		this.registry = registry;
		this.monitor = monitor;
	}

	/** Registers a website, or updates the one at the same address; returns its id. */
	public long register(String name, String url, SiteLevel level, String agencyCode, CurrentUser by) {
		return registry.save(new SiteForm(name, url, level.name(), agencyCode, null), by).id();
	}

	/** Checks a website now with every enabled check; returns how many checks it failed. */
	public int checkNow(long siteId) {
		return (int) monitor.check(siteId, java.time.Instant.now()).stream()
			.filter(outcome -> outcome.status() == CheckStatus.RED)
			.count();
	}
}
