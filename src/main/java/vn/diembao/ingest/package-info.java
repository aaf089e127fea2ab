/**
 * Collection: sources are polled on a schedule, their feeds parsed, each new item's page fetched politely and safely,
 * its article extracted and stored once, then announced as {@link vn.diembao.ingest.ArticleCollected}.
 * Crawl steps are small parts: {@code SourcePoller} → {@link vn.diembao.ingest.SafeFetcher} → {@code FeedReader} →
 * {@code ArticleExtractor} → {@code ArticleStore}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thu thập (ingest)")
package vn.diembao.ingest;
