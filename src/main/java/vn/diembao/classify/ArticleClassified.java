package vn.diembao.classify;

import java.time.Instant;
import java.util.List;

/** The classification of one article, with the article's summary so listeners need not look it up. */
public record ArticleClassified(long articleId, String title, String lead, String url, String outletName,
		Instant publishedAt, boolean relevant, Tone tone, Topic topic, boolean needsResponse, List<String> places,
		List<String> reasons) {
}
