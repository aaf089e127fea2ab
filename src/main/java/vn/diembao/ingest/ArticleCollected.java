package vn.diembao.ingest;

/**
 * A new article was stored; read it through {@link Articles}. {@code clusterId} is its story: articles of other
 * outlets with the same or nearly the same text share it (see {@link StoryClusters}).
 */
public record ArticleCollected(long articleId, long clusterId) {
}
