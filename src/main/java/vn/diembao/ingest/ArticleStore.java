package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.text.VietnameseText;

/** Stores each article once (unique canonical URL) with its evidence snapshot, and announces it. */
@Component
class ArticleStore {

	private static final int SNAPSHOT_LIMIT = 2_000_000;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ArticleStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Returns the new article's id, or empty when an article with this URL was stored before. */
	@Transactional
	Optional<Long> store(long sourceId, long outletId, URI url, ExtractedArticle article, Instant feedDate,
			String snapshotHtml) {
		Instant published = article.publishedAt() != null ? article.publishedAt() : feedDate;
		Optional<Long> id = jdbc.sql("""
				insert into app.article (source_id, outlet_id, url, title, lead, body, author, published_at,
				                         content_hash, extraction_method, snapshot_html)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (url) do nothing returning id""")
			.params(sourceId, outletId, url.toString(), article.title(), article.lead(), article.body(),
					article.author(), published == null ? null : Timestamp.from(published), contentHash(article),
					article.method(), snapshotHtml.length() > SNAPSHOT_LIMIT ? snapshotHtml.substring(0, SNAPSHOT_LIMIT) : snapshotHtml)
			.query(Long.class)
			.optional();
		id.ifPresent(articleId -> events.publishEvent(new ArticleCollected(articleId)));
		return id;
	}

	private static String contentHash(ExtractedArticle article) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(VietnameseText.fold(article.title() + " " + article.body()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
