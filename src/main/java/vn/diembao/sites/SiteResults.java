package vn.diembao.sites;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verdicts of every run, kept as history: the matrix shows the latest, the site page the trail. */
@Repository
class SiteResults {

	private static final String COLUMNS = "website_id, check_id, checked_at, status, detail, evidence_url, response_ms";

	private final JdbcClient jdbc;

	SiteResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long siteId, List<Outcome> outcomes, Instant at) {
		for (Outcome outcome : outcomes) {
			record(siteId, outcome.check().id(), outcome.status(), outcome.detail(), outcome.evidenceUrl(), outcome.responseMs(), at);
		}
	}

	void record(long siteId, long checkId, CheckStatus status, String detail, String evidenceUrl, Integer responseMs,
			Instant at) {
		jdbc.sql("insert into app.website_result (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
			.params(siteId, checkId, Timestamp.from(at), status.name(), detail, evidenceUrl, responseMs)
			.update();
	}

	/** The latest verdict of every check on every site: site id → check id → result. */
	Map<Long, Map<Long, CheckResult>> latest() {
		Map<Long, Map<Long, CheckResult>> matrix = new HashMap<>();
		jdbc.sql("select distinct on (website_id, check_id) " + COLUMNS
				+ " from app.website_result order by website_id, check_id, checked_at desc, id desc")
			.query(SiteResults::map)
			.list()
			.forEach(result -> matrix.computeIfAbsent(result.siteId(), id -> new HashMap<>()).put(result.checkId(), result));
		return matrix;
	}

	List<CheckResult> history(long siteId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from app.website_result where website_id = ? order by checked_at desc, id desc limit ?")
			.params(siteId, limit)
			.query(SiteResults::map)
			.list();
	}

	/** When a check was first and last seen passing on a site (a banner's first-seen and last-seen dates). */
	Optional<Seen> seen(long siteId, long checkId) {
		return jdbc.sql("""
				select min(checked_at), max(checked_at) from app.website_result
				where website_id = ? and check_id = ? and status = 'GREEN' having count(*) > 0""")
			.params(siteId, checkId)
			.query((rs, i) -> new Seen(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	record Seen(Instant first, Instant last) {

		public String firstText() {
			return SiteClock.day(first);
		}

		public String lastText() {
			return SiteClock.day(last);
		}
	}

	/** Since when a check has been red without a break (null when its latest verdict is not red). */
	Optional<Instant> redSince(long siteId, long checkId) {
		return jdbc.sql("""
				select min(r.checked_at) from app.website_result r
				where r.website_id = :site and r.check_id = :check and r.status = 'RED'
				  and r.checked_at > coalesce((select max(g.checked_at) from app.website_result g
				                               where g.website_id = :site and g.check_id = :check and g.status <> 'RED'),
				                              '-infinity'::timestamptz)""")
			.param("site", siteId)
			.param("check", checkId)
			.query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	/**
	 * Active sites registered before {@code end}, and those among them whose latest banner verdict before
	 * {@code end} (over every banner check) found a banner — by level.
	 */
	Map<SiteLevel, int[]> bannerCounts(Instant end) {
		Map<SiteLevel, int[]> counts = new EnumMap<>(SiteLevel.class);
		jdbc.sql("""
				with latest as (
				    select distinct on (r.website_id, r.check_id) r.website_id, r.status
				    from app.website_result r join app.website_check c on c.id = r.check_id
				    where c.kind = 'BANNER' and r.checked_at < :end
				    order by r.website_id, r.check_id, r.checked_at desc, r.id desc)
				select w.level, count(*) as total,
				       count(*) filter (where exists (select 1 from latest l where l.website_id = w.id and l.status = 'GREEN'))
				from app.website w
				where w.active and w.created_at < :end
				group by w.level""")
			.param("end", Timestamp.from(end))
			.query((rs, i) -> Map.entry(SiteLevel.valueOf(rs.getString(1)), new int[] { rs.getInt(3), rs.getInt(2) }))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	private static CheckResult map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CheckResult(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), CheckStatus.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), (Integer) rs.getObject(7));
	}
}
