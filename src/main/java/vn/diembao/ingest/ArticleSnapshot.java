package vn.diembao.ingest;

import java.time.Instant;

/**
 * The evidence of an article: the page's bytes as fetched from {@code url} at {@code fetchedAt}, identified by their
 * SHA-256 (hex). The bytes themselves are read through {@link Evidence#content}.
 */
public record ArticleSnapshot(long articleId, String url, Instant fetchedAt, String contentType, String sha256,
		int sizeBytes) {
}
