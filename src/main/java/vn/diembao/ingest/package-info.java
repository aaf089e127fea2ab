/**
 * Collection: sources are polled on a schedule, their feeds parsed, each new item's page fetched politely and safely,
 * its article extracted and stored once, then announced as {@link vn.diembao.ingest.ArticleCollected}.
 * Crawl steps are small parts: {@code SourcePoller} → {@link vn.diembao.ingest.SafeFetcher} → {@code LinkDiscoverer}
 * (by source kind: {@code FeedReader}, {@code SitemapReader} or {@code ListingReader}) →
 * {@code ArticleExtractor} → {@code ArticleStore} (with {@link vn.diembao.ingest.Evidence} snapshots and
 * {@code StoryClusterer}). Other modules read {@link vn.diembao.ingest.Articles},
 * {@link vn.diembao.ingest.StoryClusters} and {@link vn.diembao.ingest.Evidence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thu thập (ingest)")
package vn.diembao.ingest;
