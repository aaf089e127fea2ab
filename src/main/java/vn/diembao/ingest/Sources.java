package vn.diembao.ingest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sources to poll, their health, and “fetch now”. */
@Service
public class Sources {

	private static final String SELECT = """
			select s.id, s.outlet_id, o.name as outlet_name, s.kind, s.url, s.enabled, s.poll_interval_seconds,
			       s.next_poll_at, s.last_polled_at, s.last_success_at, s.last_new_item_at, s.error_streak, s.last_error,
			       (select count(*) from app.article a where a.source_id = s.id) as article_count,
			       (select count(*) from app.feed_item f where f.source_id = s.id and f.status = 'FAILED') as failed_items
			from app.source s join app.outlet o on o.id = s.outlet_id
			""";

	private final JdbcClient jdbc;
	private final SourcePoller poller;
	private final IngestProperties properties;

	Sources(JdbcClient jdbc, SourcePoller poller, IngestProperties properties) {
		this.jdbc = jdbc;
		this.poller = poller;
		this.properties = properties;
	}

	/** Registers an RSS/Atom feed of an outlet; registering the same URL twice returns the existing source. */
	@Transactional
	public long registerFeed(long outletId, String feedUrl) {
		URI uri = URI.create(feedUrl.trim());
		if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?")) {
			throw new IllegalArgumentException("Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://");
		}
		return jdbc.sql("""
				insert into app.source (outlet_id, kind, url, poll_interval_seconds) values (?, 'RSS', ?, ?)
				on conflict (url) do update set url = excluded.url returning id""")
			.params(outletId, uri.toString(), (int) properties.defaultPollInterval().toSeconds())
			.query(Long.class)
			.single();
	}

	public List<SourceView> list() {
		return jdbc.sql(SELECT + "order by o.name, s.url").query(SourceView.class).list();
	}

	public Optional<SourceView> find(long id) {
		return jdbc.sql(SELECT + "where s.id = ?").param(id).query(SourceView.class).optional();
	}

	/** Polls a source immediately, whatever its schedule says. */
	public PollResult pollNow(long sourceId) {
		return poller.poll(sourceId);
	}
}
