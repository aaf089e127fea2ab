package vn.diembao.classify;

import java.time.Instant;

/** A stored classification as other modules read it. */
public record ClassifiedArticle(long articleId, String title, String lead, String url, String outletName,
		Instant publishedAt, boolean relevant, Tone tone, Topic topic, boolean needsResponse, String places,
		String reasons) {
}
