package vn.diembao.ingest;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Turns a fetched source into announced links, by the source's kind: RSS (and Atom) through {@code FeedReader},
 * SITEMAP through {@code SitemapReader} (which fetches an index's children), LISTING through {@code ListingReader}
 * with the source's {@link LinkRules}. Every kind feeds the same {@code feed_item} queue.
 */
@Component
class LinkDiscoverer {

	private final FeedReader feeds = new FeedReader();
	private final SitemapReader sitemaps;
	private final ListingReader listings = new ListingReader();

	LinkDiscoverer(SafeFetcher fetcher, IngestProperties properties) {
		this.sitemaps = new SitemapReader(fetcher::fetch, properties.sitemapWindow(), Clock.systemUTC());
	}

	List<FeedReader.FeedEntry> discover(String kind, LinkRules rules, FetchedResource page) {
		return switch (kind == null ? "RSS" : kind) {
			case "SITEMAP" -> sitemaps.read(page);
			case "LISTING" -> listings.read(page.body(), page.declaredCharset(), page.finalUri(), rules);
			default -> feeds.read(page.body(), page.finalUri(), page.contentType());
		};
	}
}
