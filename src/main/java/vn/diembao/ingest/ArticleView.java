package vn.diembao.ingest;

import java.time.Instant;

/** A stored article as other modules read it; {@code clusterId} is its story (see {@link StoryClusters}). */
public record ArticleView(long id, long outletId, String outletName, String url, String title, String lead, String body,
		String author, Instant publishedAt, Instant fetchedAt, Long clusterId) {
}
