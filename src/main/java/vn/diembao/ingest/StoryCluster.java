package vn.diembao.ingest;

import java.time.Instant;

/** One story as published by one or more outlets; {@code title} is the first article's. */
public record StoryCluster(long id, String title, Instant createdAt, Instant lastArticleAt, int articleCount) {
}
