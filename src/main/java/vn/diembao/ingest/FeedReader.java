package vn.diembao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;

import vn.diembao.shared.text.VietnameseText;

/** RSS/Atom via ROME; the charset comes from the XML prolog or BOM, HTML in descriptions becomes plain text. */
class FeedReader {

	record FeedEntry(URI link, String title, String summary, Instant publishedAt) {
	}

	List<FeedEntry> read(byte[] content, URI feedUri) {
		return read(content, feedUri, null);
	}

	/**
	 * Parses a feed; {@code contentType} is the HTTP header (may be null), which takes part in choosing the charset
	 * as RFC 3023 says. Anything the parser cannot make sense of becomes a {@link FetchException} saying why.
	 */
	List<FeedEntry> read(byte[] content, URI feedUri, String contentType) {
		try {
			return entries(parse(content, feedUri, contentType), feedUri);
		}
		catch (FetchException strictFailed) {
			// real outlets publish feeds with stray “&”, HTML entities and unclosed tags: re-serialise what a lenient
			// XML parser makes of the bytes and try once more; if that fails too, the first, more precise reason stands
			try {
				return entries(parse(LenientXml.repair(content, contentType), feedUri, "application/xml; charset=UTF-8"), feedUri);
			}
			catch (FetchException | LenientXml.NotRepairable stillBroken) {
				throw strictFailed;
			}
		}
	}

	private static SyndFeed parse(byte[] content, URI feedUri, String contentType) {
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			XmlReader xml = contentType == null ? new XmlReader(new ByteArrayInputStream(content), true)
					: new XmlReader(new ByteArrayInputStream(content), contentType, true);
			feed = input.build(xml);
		}
		catch (FeedException | IOException | IllegalArgumentException e) {
			throw new FetchException("Nguồn tin không phải RSS/Atom hợp lệ (" + feedUri + "): " + e.getMessage(), e);
		}
		catch (RuntimeException parserBug) {
			// ROME and its XML stack throw unchecked exceptions on some malformed input; to the source it is the same:
			// this feed cannot be read, say why, keep polling the others
			throw new FetchException("Không đọc được nguồn tin (" + feedUri + "): " + parserBug, parserBug);
		}
		return feed;
	}

	private static List<FeedEntry> entries(SyndFeed feed, URI feedUri) {
		List<FeedEntry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
			if (link == null || link.isBlank()) {
				continue;
			}
			URI uri;
			try {
				uri = feedUri.resolve(escapeIllegal(link.trim()));
			}
			catch (IllegalArgumentException badLink) {
				continue;
			}
			String summary = entry.getDescription() == null ? null : plainText(entry.getDescription().getValue());
			var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
			entries.add(new FeedEntry(uri, plainText(entry.getTitle()), summary, date == null ? null : date.toInstant()));
		}
		return entries;
	}

	/**
	 * Feeds print links as people type them: with spaces, brackets or unencoded Vietnamese letters. Percent-encode
	 * (UTF-8) every character a URI may not hold, leaving existing escapes alone.
	 */
	static String escapeIllegal(String link) {
		StringBuilder out = new StringBuilder(link.length());
		for (byte b : link.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			boolean legal = c > 0x20 && c < 0x7f && "\"<>\\^`{|}[] ".indexOf(c) < 0;
			if (legal) {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	private static String plainText(String html) {
		return html == null ? null : VietnameseText.nfc(Jsoup.parse(html).text().trim());
	}
}
