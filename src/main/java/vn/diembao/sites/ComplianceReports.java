package vn.diembao.sites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Agencies;

/** Builds the compliance matrix from the registry, the enabled checks and each check's latest verdict. */
@Service
class ComplianceReports {

	private static final int HISTORY = 300;

	private final SiteRegistry registry;
	private final SiteChecks checks;
	private final SiteResults results;
	private final Agencies agencies;
	private final ColumnPosts posts;
	private final SiteAlerts alerts;

	ComplianceReports(SiteRegistry registry, SiteChecks checks, SiteResults results, Agencies agencies, ColumnPosts posts,
			SiteAlerts alerts) {
		this.posts = posts;
		this.alerts = alerts;
		this.registry = registry;
		this.checks = checks;
		this.results = results;
		this.agencies = agencies;
	}

	/** The matrix of active sites, of one level or (level null) of all. */
	ComplianceMatrix matrix(SiteLevel level) {
		List<SiteCheck> enabled = checks.enabled();
		Map<Long, Map<Long, CheckResult>> latest = results.latest();
		List<Website> sites = registry.active().stream().filter(site -> level == null || site.level() == level).toList();
		Map<Long, String> agencyNames = new HashMap<>();
		agencies.byIds(sites.stream().map(Website::agencyId).filter(java.util.Objects::nonNull).distinct().toList())
			.forEach(agency -> agencyNames.put(agency.id(), agency.name()));
		List<ComplianceMatrix.Row> rows = new ArrayList<>();
		for (Website site : sites) {
			Map<Long, CheckResult> verdicts = latest.getOrDefault(site.id(), Map.of());
			List<CheckResult> cells = new ArrayList<>();
			for (SiteCheck check : enabled) {
				cells.add(check.appliesTo(site.level()) ? verdicts.get(check.id()) : null);
			}
			rows.add(new ComplianceMatrix.Row(site, site.agencyId() == null ? null : agencyNames.get(site.agencyId()), cells));
		}
		return new ComplianceMatrix(enabled, rows);
	}

	/** One site's page: each check's latest verdict, banner first/last seen, weekly column posts and history. */
	SiteDetail detail(long siteId, java.time.LocalDate today) {
		Website site = registry.find(siteId).orElseThrow(() -> new SiteNotFoundException(siteId));
		List<CheckResult> history = results.history(siteId, HISTORY);
		Map<Long, CheckResult> latest = new HashMap<>();
		history.forEach(result -> latest.putIfAbsent(result.checkId(), result));
		List<SiteDetail.CheckLine> lines = new ArrayList<>();
		List<SiteDetail.ColumnWeeks> columns = new ArrayList<>();
		Map<Long, String> labels = new HashMap<>();
		for (SiteCheck check : checks.all()) {
			labels.put(check.id(), check.label());
			if (!check.enabled() || !check.appliesTo(site.level())) {
				continue;
			}
			SiteResults.Seen seen = check.kind() == CheckKind.BANNER ? results.seen(siteId, check.id()).orElse(null) : null;
			lines.add(new SiteDetail.CheckLine(check, latest.get(check.id()), seen));
			if (check.kind() == CheckKind.COLUMN) {
				columns.add(new SiteDetail.ColumnWeeks(check, posts.weeks(siteId, check.id(), today, 8)));
			}
		}
		String agencyName = registry.agencyOf(site).map(AgencyRef::name).orElse(null);
		return new SiteDetail(site, agencyName, lines, columns, history, labels, alerts.sent(siteId));
	}
}
