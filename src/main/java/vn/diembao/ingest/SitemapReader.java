package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.diembao.shared.text.VietnameseText;

/**
 * Sitemaps and news sitemaps via crawler-commons: a plain or gzipped sitemap gives its recent URLs; a sitemap index
 * is followed to its newest children on the same host, one level deep. Only entries whose Google News publication
 * date or else lastmod falls within the window are kept, newest first; an entry with neither date is skipped, since
 * a full site map would otherwise flood the queue with the outlet's whole archive.
 */
class SitemapReader {

	private static final Logger log = LoggerFactory.getLogger(SitemapReader.class);
	static final int MAX_CHILDREN = 3;
	static final int MAX_ENTRIES = 1000;
	private static final int MAX_XML_BYTES = SiteMapParser.MAX_BYTES_ALLOWED;

	private final Function<URI, FetchedResource> fetch;
	private final Duration window;
	private final Clock clock;

	/** {@code fetch} reads a child sitemap (the safe fetcher in production, anything in tests). */
	SitemapReader(Function<URI, FetchedResource> fetch, Duration window, Clock clock) {
		this.fetch = fetch;
		this.window = window;
		this.clock = clock;
	}

	List<FeedReader.FeedEntry> read(FetchedResource sitemap) {
		Instant since = clock.instant().minus(window);
		AbstractSiteMap parsed = parse(sitemap);
		Map<URI, FeedReader.FeedEntry> entries = new LinkedHashMap<>();
		URI root = sitemap.finalUri();
		if (parsed instanceof SiteMapIndex index) {
			List<AbstractSiteMap> children = index.getSitemaps().stream()
				.filter(child -> sameHost(root, child.getUrl()))
				.filter(child -> child.getLastModified() == null || !child.getLastModified().toInstant().isBefore(since))
				.sorted(Comparator.comparing(AbstractSiteMap::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())))
				.limit(MAX_CHILDREN)
				.toList();
			FetchException firstFailure = null;
			int read = 0;
			for (AbstractSiteMap child : children) {
				try {
					AbstractSiteMap childMap = parse(fetch.apply(child.getUrl().toURI()));
					if (childMap instanceof SiteMap map) {
						collect(map, root, since, entries);
					}
					read++;
				}
				catch (FetchException | URISyntaxException e) {
					// one broken child never hides the others; the source fails only when none could be read
					log.warn("Sitemap con {} lỗi: {}", child.getUrl(), e.getMessage());
					if (firstFailure == null) {
						firstFailure = e instanceof FetchException f ? f
								: new FetchException("Địa chỉ sitemap con không hợp lệ: " + child.getUrl(), e);
					}
				}
			}
			if (read == 0 && firstFailure != null) {
				throw firstFailure;
			}
		}
		else if (parsed instanceof SiteMap map) {
			collect(map, root, since, entries);
		}
		return entries.values().stream()
			.sorted(Comparator.comparing(FeedReader.FeedEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
			.limit(MAX_ENTRIES)
			.toList();
	}

	private static void collect(SiteMap map, URI root, Instant since, Map<URI, FeedReader.FeedEntry> entries) {
		for (SiteMapURL url : map.getSiteMapUrls()) {
			if (!sameHost(root, url.getUrl())) {
				continue;
			}
			NewsAttributes news = news(url);
			Date date = news != null && news.getPublicationDate() != null ? news.getPublicationDate() : url.getLastModified();
			if (date == null || date.toInstant().isBefore(since)) {
				continue;
			}
			URI uri;
			try {
				uri = url.getUrl().toURI();
			}
			catch (URISyntaxException invalid) {
				continue;
			}
			String title = news == null || news.getTitle() == null || news.getTitle().isBlank() ? null
					: VietnameseText.nfc(news.getTitle().trim());
			entries.putIfAbsent(uri, new FeedReader.FeedEntry(uri, title, null, date.toInstant()));
		}
	}

	private static NewsAttributes news(SiteMapURL url) {
		ExtensionMetadata[] attributes = url.getAttributesForExtension(Extension.NEWS);
		if (attributes == null) {
			return null;
		}
		for (ExtensionMetadata attribute : attributes) {
			if (attribute instanceof NewsAttributes news) {
				return news;
			}
		}
		return null;
	}

	private static AbstractSiteMap parse(FetchedResource resource) {
		URI uri = resource.finalUri();
		try {
			byte[] xml = gunzipIfNeeded(resource.body(), uri);
			SiteMapParser parser = new SiteMapParser(false, true);
			parser.enableExtension(Extension.NEWS);
			// the bytes are already plain XML: say so, whatever the address ends with
			return parser.parseSiteMap("text/xml", xml, uri.toURL());
		}
		catch (UnknownFormatException | IOException | IllegalArgumentException e) {
			throw new FetchException("Sitemap không hợp lệ (" + uri + "): " + e.getMessage(), e);
		}
		catch (RuntimeException parserBug) {
			throw new FetchException("Không đọc được sitemap (" + uri + "): " + parserBug, parserBug);
		}
	}

	/** A “.xml.gz” sitemap served without Content-Encoding arrives still gzipped: inflate it, within a size limit. */
	static byte[] gunzipIfNeeded(byte[] body, URI uri) {
		if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
			return body;
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[16 * 1024];
			int n;
			while ((n = in.read(buffer)) != -1) {
				out.write(buffer, 0, n);
				if (out.size() > MAX_XML_BYTES) {
					throw new FetchException("Sitemap nén " + uri + " giải nén vượt quá " + MAX_XML_BYTES / (1024 * 1024) + " MB.");
				}
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new FetchException("Sitemap nén (gzip) hỏng: " + uri + " (" + e.getMessage() + ")", e);
		}
	}

	private static boolean sameHost(URI root, URL url) {
		return url != null && url.getHost() != null && root.getHost() != null
				&& bareHost(url.getHost()).equals(bareHost(root.getHost()));
	}

	private static String bareHost(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.startsWith("www.") ? h.substring(4) : h;
	}

}
