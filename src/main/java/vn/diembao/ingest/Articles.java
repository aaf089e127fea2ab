package vn.diembao.ingest;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to collected articles. */
@Service
public class Articles {

	static final String SELECT = """
			select a.id, a.outlet_id, o.name as outlet_name, a.url, a.title, a.lead, a.body, a.author,
			       a.published_at, a.fetched_at, a.cluster_id
			from app.article a join app.outlet o on o.id = a.outlet_id""";

	private final JdbcClient jdbc;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ArticleView> find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ArticleView.class).optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from app.article").query(Long.class).single();
	}
}
