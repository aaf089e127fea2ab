package vn.diembao.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.text.VietnameseText;

/**
 * Stores each article once — one canonical URL, and one copy of a text per outlet — with its evidence snapshot and
 * its story cluster, and announces it.
 */
@Component
class ArticleStore {

	private static final Logger log = LoggerFactory.getLogger(ArticleStore.class);
	/** Below this a body is too generic (“Video đang cập nhật”) to identify an article by its text alone. */
	private static final int MIN_BODY_FOR_TEXT_HASH = 200;

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Evidence evidence;
	private final StoryClusterer clusterer;

	ArticleStore(JdbcClient jdbc, ApplicationEventPublisher events, Evidence evidence, StoryClusterer clusterer) {
		this.jdbc = jdbc;
		this.events = events;
		this.evidence = evidence;
		this.clusterer = clusterer;
	}

	/**
	 * Returns the new article's id, or empty when this URL was stored before or the same outlet already published
	 * the same text at another URL. The same text from another outlet is stored, in the same story.
	 */
	@Transactional
	Optional<Long> store(long sourceId, long outletId, URI url, ExtractedArticle article, Instant feedDate,
			FetchedResource page) {
		String hash = contentHash(article);
		Optional<Long> sameText = jdbc.sql("select id from app.article where content_hash = ? and outlet_id = ? limit 1")
			.params(hash, outletId).query(Long.class).optional();
		if (sameText.isPresent()) {
			log.info("{}: cùng nội dung với bài {} của cùng cơ quan báo chí, không lưu lại", url, sameText.get());
			return Optional.empty();
		}
		Instant published = article.publishedAt() != null ? article.publishedAt() : feedDate;
		Instant fetchedAt = Instant.now();
		Optional<Long> id = jdbc.sql("""
				insert into app.article (source_id, outlet_id, url, title, lead, body, author, published_at, fetched_at,
				                         content_hash, extraction_method)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (url) do nothing returning id""")
			.params(sourceId, outletId, url.toString(), article.title(), article.lead(), article.body(),
					article.author(), published == null ? null : Timestamp.from(published), Timestamp.from(fetchedAt), hash,
					article.method())
			.query(Long.class)
			.optional();
		id.ifPresent(articleId -> {
			evidence.save(articleId, page, fetchedAt);
			long clusterId = clusterer.assign(articleId, article.title(), article.title() + "\n" + article.fullBody(), hash,
					published == null ? fetchedAt : published);
			events.publishEvent(new ArticleCollected(articleId, clusterId));
		});
		return id;
	}

	/** SHA-256 of the folded body (or of title and body when the body is short), so the same text matches. */
	static String contentHash(ExtractedArticle article) {
		String body = article.fullBody() == null ? "" : article.fullBody();
		String text = body.length() >= MIN_BODY_FOR_TEXT_HASH ? body : article.title() + " " + body;
		return Evidence.sha256(VietnameseText.fold(text).getBytes(StandardCharsets.UTF_8));
	}
}
