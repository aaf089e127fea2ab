package vn.diembao.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.Outlets;

/** Sources to poll: registration, enabling, intervals, their health, and “fetch now”. */
@Service
public class Sources {

	private static final String SELECT = """
			select s.id, s.outlet_id, o.name as outlet_name, s.kind, s.url, s.enabled, s.poll_interval_seconds,
			       s.next_poll_at, s.last_polled_at, s.last_success_at, s.last_new_item_at, s.error_streak, s.last_error,
			       s.origin, s.note, s.link_selector, s.link_include, s.link_exclude,
			       (select count(*) from app.article a where a.source_id = s.id) as article_count,
			       (select count(*) from app.feed_item f where f.source_id = s.id and f.status = 'FAILED') as failed_items,
			       (select count(*) from app.article a where a.source_id = s.id
			          and a.fetched_at > now() - interval '7 days') as articles_last_week,
			       (select count(*) from app.article a where a.source_id = s.id
			          and a.fetched_at > now() - interval '30 days') as articles_last_month,
			       (select min(a.fetched_at) from app.article a where a.source_id = s.id
			          and a.fetched_at > now() - interval '30 days') as first_of_last_month,
			       (select count(*) from (select f.failure_kind from app.feed_item f
			          where f.source_id = s.id and f.attempted_at is not null
			          order by f.attempted_at desc, f.id desc limit 5) recent
			          where recent.failure_kind = 'EXTRACT') as recent_extraction_failures
			from app.source s join app.outlet o on o.id = s.outlet_id
			""";

	private final JdbcClient jdbc;
	private final SourcePoller poller;
	private final IngestProperties properties;
	private final Outlets outlets;

	Sources(JdbcClient jdbc, SourcePoller poller, IngestProperties properties, Outlets outlets) {
		this.jdbc = jdbc;
		this.poller = poller;
		this.properties = properties;
		this.outlets = outlets;
	}

	/** Registers an RSS/Atom feed of an outlet; registering the same URL twice returns the existing source. */
	@Transactional
	public long registerFeed(long outletId, String feedUrl) {
		String error = SourceRules.urlError(feedUrl);
		if (error != null) {
			throw new IllegalArgumentException(error);
		}
		return jdbc.sql("""
				insert into app.source (outlet_id, kind, url, poll_interval_seconds) values (?, 'RSS', ?, ?)
				on conflict (url) do update set url = excluded.url returning id""")
			.params(outletId, SourceRules.normalised(feedUrl), (int) properties.defaultPollInterval().toSeconds())
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a source an administrator entered.
	 * @throws InvalidSourceException with a message per field, or marked duplicate when the address is registered
	 */
	@Transactional
	public SourceView add(NewSource source) {
		boolean outletExists = source.outletId() != null && outlets.byId(source.outletId()).isPresent();
		Map<String, String> errors = SourceRules.check(source, outletExists);
		if (!errors.isEmpty()) {
			throw new InvalidSourceException(errors, false);
		}
		String url = SourceRules.normalised(source.url());
		int minutes = source.pollIntervalMinutes() == null ? (int) properties.defaultPollInterval().toMinutes()
				: source.pollIntervalMinutes();
		String kind = SourceRules.kindOf(source.kind());
		LinkRules rules = source.linkRules();
		Optional<Long> id = jdbc.sql("""
				insert into app.source (outlet_id, kind, url, poll_interval_seconds, enabled, origin, admin_changed_at,
				                        link_selector, link_include, link_exclude)
				values (?, ?, ?, ?, ?, 'ADMIN', now(), ?, ?, ?) on conflict (url) do nothing returning id""")
			.params(source.outletId(), kind, url, minutes * 60, source.enabled() == null || source.enabled(),
					rules.selector(), rules.include(), rules.exclude())
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			SourceView existing = byUrl(url).orElseThrow();
			throw new InvalidSourceException(Map.of("url", "Nguồn với địa chỉ này đã có (số " + existing.id() + ", "
					+ existing.outletName() + "). Hãy sửa nguồn đó thay vì thêm mới."), true);
		}
		return find(id.get()).orElseThrow();
	}

	/** Turns polling of a source on (due at once) or off; the catalogue never overrides this decision. */
	@Transactional
	public SourceView setEnabled(long id, boolean enabled) {
		int changed = jdbc.sql("""
				update app.source set enabled = ?, admin_changed_at = now(),
				       next_poll_at = case when ? then now() else next_poll_at end
				where id = ?""").params(enabled, enabled, id).update();
		return afterChange(id, changed);
	}

	/** Sets the polling interval; adaptive polling moves it again from there. */
	@Transactional
	public SourceView setPollInterval(long id, int minutes) {
		String error = SourceRules.intervalError(minutes);
		if (error != null) {
			throw new InvalidSourceException(Map.of("pollIntervalMinutes", error), false);
		}
		int changed = jdbc.sql("""
				update app.source set poll_interval_seconds = ?, admin_changed_at = now(),
				       next_poll_at = least(next_poll_at, now() + make_interval(secs => ?))
				where id = ?""").params(minutes * 60, minutes * 60, id).update();
		return afterChange(id, changed);
	}

	/**
	 * Replaces the link-selection rules of a LISTING source (all blank: back to the default rule); the next poll
	 * reads the page afresh rather than trusting a “not modified” answer.
	 * @throws InvalidSourceException when the selector or an expression does not parse, or the source is no LISTING
	 */
	@Transactional
	public SourceView setLinkRules(long id, String selector, String include, String exclude) {
		SourceView source = find(id).orElseThrow(() -> new SourceNotFoundException(id));
		LinkRules rules = new LinkRules(selector, include, exclude);
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(rules.errors());
		if (!rules.isDefault() && !"LISTING".equals(source.kind())) {
			errors.put("linkSelector", "Quy tắc chọn liên kết chỉ dùng cho nguồn loại LISTING (trang chuyên mục, thẻ, tìm kiếm).");
		}
		if (!errors.isEmpty()) {
			throw new InvalidSourceException(errors, false);
		}
		int changed = jdbc.sql("""
				update app.source set link_selector = ?, link_include = ?, link_exclude = ?, admin_changed_at = now(),
				       etag = null, last_modified = null
				where id = ?""").params(rules.selector(), rules.include(), rules.exclude(), id).update();
		return afterChange(id, changed);
	}

	public List<SourceView> list() {
		return views(jdbc.sql(SELECT + "order by o.name, s.url").query(SourceRow.class).list());
	}

	public Optional<SourceView> find(long id) {
		return jdbc.sql(SELECT + "where s.id = ?").param(id).query(SourceRow.class).optional().map(row -> row.view(Instant.now()));
	}

	Optional<SourceView> byUrl(String url) {
		return jdbc.sql(SELECT + "where s.url = ?").param(url).query(SourceRow.class).optional().map(row -> row.view(Instant.now()));
	}

	/** Polls a source immediately, whatever its schedule says. */
	public PollResult pollNow(long sourceId) {
		return poller.poll(sourceId);
	}

	PollResult pollNow(long sourceId, PollProgress progress) {
		return poller.poll(sourceId, progress);
	}

	private SourceView afterChange(long id, int changed) {
		if (changed == 0) {
			throw new SourceNotFoundException(id);
		}
		return find(id).orElseThrow();
	}

	private static List<SourceView> views(List<SourceRow> rows) {
		Instant now = Instant.now();
		return rows.stream().map(row -> row.view(now)).toList();
	}

	/** A row of {@link #SELECT}: the raw counts from which the health flags are computed. */
	record SourceRow(long id, long outletId, String outletName, String kind, String url, boolean enabled,
			int pollIntervalSeconds, Instant nextPollAt, Instant lastPolledAt, Instant lastSuccessAt,
			Instant lastNewItemAt, int errorStreak, String lastError, String origin, String note, String linkSelector,
			String linkInclude, String linkExclude, long articleCount,
			long failedItems, long articlesLastWeek, long articlesLastMonth, Instant firstOfLastMonth,
			long recentExtractionFailures) {

		SourceView view(Instant now) {
			return new SourceView(id, outletId, outletName, kind, url, enabled, pollIntervalSeconds, nextPollAt,
					lastPolledAt, lastSuccessAt, lastNewItemAt, errorStreak, lastError, articleCount, failedItems,
					SourceHealth.itemsPerDay(articlesLastWeek),
					SourceHealth.silentTooLong(enabled, lastNewItemAt, articlesLastMonth, firstOfLastMonth, now),
					SourceHealth.layoutMayHaveChanged(recentExtractionFailures), origin, note, linkSelector, linkInclude,
					linkExclude);
		}
	}
}
