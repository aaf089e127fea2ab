package vn.diembao.bulletin;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/**
 * Classified articles written straight into the tables, as ingest and classify would leave them. Each test uses its
 * own far-future days so that tests sharing the database never see each other's articles or numbers.
 */
class BulletinFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private final JdbcClient jdbc;

	BulletinFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long article(LocalDate day, String title, String lead, String outlet, Tone tone, Topic topic, boolean relevant,
			boolean needsResponse, String places) {
		long n = SEQUENCE.incrementAndGet();
		String domain = outlet.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + outlet.hashCode() + ".test";
		long outletId = jdbc.sql("""
				insert into app.outlet (name, domain) values (?, ?)
				on conflict (domain) do update set name = excluded.name returning id""")
			.params(outlet, domain)
			.query(Long.class)
			.single();
		String url = "https://" + domain + "/bai-" + n;
		var at = Timestamp.from(day.atTime(LocalTime.of(9, 0)).plusMinutes(n % 600).atZone(BulletinPeriods.VIETNAM).toInstant());
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, ?, ?, ?, ?, 'test') returning id""")
			.params(outletId, url, title, lead, lead, at, "h" + n)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, places, reasons, model_version, title, lead, url, outlet_name, published_at)
				values (?, 'LDO', ?, 1.0, ?, ?, ?, ?, 'thử nghiệm', 'test', ?, ?, ?, ?, ?)""")
			.params(id, relevant, tone.name(), topic.name(), needsResponse, places, title, lead, url, outlet, at)
			.update();
		return id;
	}

	long provinceNews(LocalDate day, String title, String outlet, Tone tone) {
		return article(day, title, "Sapo của bài: " + title + ". Nội dung tóm tắt hai, ba dòng cho lãnh đạo đọc nhanh.",
				outlet, tone, Topic.LOCAL_NEWS, true, false, "Đà Lạt");
	}
}
