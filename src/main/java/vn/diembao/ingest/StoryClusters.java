package vn.diembao.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stories across outlets: which cluster an article is in, and all articles of a cluster. */
@Service
public class StoryClusters {

	private final JdbcClient jdbc;

	StoryClusters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoryCluster> find(long clusterId) {
		return jdbc.sql("select id, title, created_at, last_article_at, article_count from app.story_cluster where id = ?")
			.param(clusterId)
			.query(StoryCluster.class)
			.optional();
	}

	public Optional<StoryCluster> ofArticle(long articleId) {
		return jdbc.sql("select cluster_id from app.article where id = ?")
			.param(articleId)
			.query((rs, i) -> rs.getObject(1) == null ? null : rs.getLong(1))
			.optional()
			.flatMap(this::find);
	}

	/** The cluster's articles, earliest published first. */
	public List<ArticleView> articles(long clusterId) {
		return jdbc.sql(Articles.SELECT + " where a.cluster_id = ? order by coalesce(a.published_at, a.fetched_at), a.id")
			.param(clusterId)
			.query(ArticleView.class)
			.list();
	}
}
