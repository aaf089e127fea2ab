package vn.diembao.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.classify.ArticleClassified;
import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.directory.Outlets;

/**
 * Articles as ingest stores them and their classification as classify announces it, delivered straight to the inbox's
 * listener. Outlet names are unique per fixture, so tests sharing the application context filter by them.
 */
final class InboxFixture {

	private final JdbcClient jdbc;
	private final Outlets outlets;
	private final Inbox inbox;
	private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	InboxFixture(JdbcClient jdbc, Outlets outlets, Inbox inbox) {
		this.jdbc = jdbc;
		this.outlets = outlets;
		this.inbox = inbox;
	}

	/** A word no other test's article contains. */
	String tag() {
		return "t" + suffix;
	}

	String outlet(String name) {
		return name + " " + suffix;
	}

	Builder article(String title) {
		return new Builder(title);
	}

	final class Builder {

		private final String title;
		private String lead = "";
		private String body = "Nội dung bài viết.";
		private String outlet = "Báo Thử";
		private Instant publishedAt = Instant.now();
		private boolean relevant = true;
		private Tone tone = Tone.NEUTRAL;
		private Topic topic = Topic.LOCAL_NEWS;
		private boolean needsResponse;
		private List<String> places = List.of("Đà Lạt");

		Builder(String title) {
			this.title = title;
		}

		Builder lead(String value) { lead = value; return this; }
		Builder body(String value) { body = value; return this; }
		Builder outlet(String value) { outlet = value; return this; }
		Builder publishedAt(Instant value) { publishedAt = value; return this; }
		Builder notRelevant() { relevant = false; return this; }
		Builder tone(Tone value) { tone = value; return this; }
		Builder topic(Topic value) { topic = value; return this; }
		Builder needsResponse() { needsResponse = true; return this; }
		Builder places(String... value) { places = List.of(value); return this; }

		long save() {
			String outletName = InboxFixture.this.outlet(outlet);
			long outletId = outlets.register(outletName, outletName.toLowerCase().replaceAll("[^a-z0-9]+", "-") + ".test",
					"online newspaper").id();
			String url = "https://" + suffix + ".bao.test/" + ThreadLocalRandom.current().nextLong(1L << 50);
			long id = jdbc.sql("""
					insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
					values (?, ?, ?, ?, ?, ?, md5(?), 'test') returning id""")
				.params(outletId, url, title, lead, body, Timestamp.from(publishedAt), url)
				.query(Long.class)
				.single();
			inbox.add(new ArticleClassified(id, title, lead, url, outletName, publishedAt, relevant, tone, topic,
					needsResponse, places, List.of("khớp địa danh " + String.join(", ", places), "điểm 0,9")));
			return id;
		}
	}
}
