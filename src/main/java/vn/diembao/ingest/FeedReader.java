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
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(new XmlReader(new ByteArrayInputStream(content)));
		}
		catch (FeedException | IOException | IllegalArgumentException e) {
			throw new vn.diembao.ingest.FetchException("Nguồn tin không phải RSS/Atom hợp lệ (" + feedUri + "): "
					+ e.getMessage(), e);
		}
		List<FeedEntry> entries = new ArrayList<>();
		for (SyndEntry entry : feed.getEntries()) {
			String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
			if (link == null || link.isBlank()) {
				continue;
			}
			URI uri;
			try {
				uri = feedUri.resolve(link.trim());
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

	private static String plainText(String html) {
		return html == null ? null : VietnameseText.nfc(Jsoup.parse(html).text().trim());
	}
}
