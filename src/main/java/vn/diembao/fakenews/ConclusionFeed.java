package vn.diembao.fakenews;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.stereotype.Component;

/** The RSS 2.0 feed of published conclusions, written by ROME. */
@Component
class ConclusionFeed {

	String rss(List<FakeNewsReport> published, String baseUrl) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("rss_2.0");
		feed.setTitle("Kết luận về tin giả, tin sai sự thật");
		feed.setLink(baseUrl);
		feed.setDescription("Các kết luận đã được lãnh đạo phê duyệt của Tổ theo dõi, xử lý tin giả");
		feed.setLanguage("vi");
		feed.setEntries(published.stream().map(report -> entry(report, baseUrl)).toList());
		try {
			return new SyndFeedOutput().outputString(feed);
		}
		catch (FeedException e) {
			throw new IllegalStateException("Không tạo được RSS", e);
		}
	}

	private static SyndEntry entry(FakeNewsReport report, String baseUrl) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle("[" + report.verdictLabel() + "] " + report.claim());
		entry.setLink(baseUrl + "/" + report.id());
		entry.setUri(baseUrl + "/" + report.id());
		entry.setPublishedDate(Date.from(report.publishedAt()));
		SyndContentImpl description = new SyndContentImpl();
		description.setType("text/plain");
		description.setValue(report.conclusion());
		entry.setDescription(description);
		return entry;
	}
}
