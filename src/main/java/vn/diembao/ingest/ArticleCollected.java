package vn.diembao.ingest;

/** A new article was stored; read it through {@link Articles}. */
public record ArticleCollected(long articleId) {
}
