package vn.diembao.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What extraction found on an article page; {@code method} records which strategies contributed.
 * {@code leadInBody} says the lead was the body's first paragraph (and was taken out of {@code body}).
 */
record ExtractedArticle(String title, String lead, String body, String author, Instant publishedAt, String method,
		Instant updatedAt, String canonicalUrl, String imageUrl, List<String> tags, boolean leadInBody) {

	ExtractedArticle(String title, String lead, String body, String author, Instant publishedAt, String method) {
		this(title, lead, body, author, publishedAt, method, null, null, null, List.of(), false);
	}

	/** The whole text as a reader sees it: the lead when it opens the article, then the body. */
	String fullBody() {
		return leadInBody && lead != null ? lead + "\n\n" + body : body;
	}
}
