package vn.diembao.sites;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts seen in a named column, kept so that “at least one post each week” can be judged over time even when the
 * column page only lists its latest items. A post without a printed date counts in the week it was first seen.
 */
@Component
class ColumnPosts {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private final JdbcClient jdbc;

	ColumnPosts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long siteId, long checkId, List<ColumnPost> posts, LocalDate today) {
		for (ColumnPost post : posts) {
			jdbc.sql("""
					insert into app.website_post (website_id, check_id, url, title, published_on) values (?, ?, ?, ?, ?)
					on conflict (website_id, check_id, url) do nothing""")
				.params(siteId, checkId, post.url(), post.title(), post.publishedOn() == null ? today : post.publishedOn())
				.update();
		}
	}

	/** When this column was first watched on this site (its first post seen), if ever. */
	java.util.Optional<java.time.Instant> firstSeen(long siteId, long checkId) {
		return jdbc.sql("select min(first_seen_at) from app.website_post where website_id = ? and check_id = ?")
			.params(siteId, checkId)
			.query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** Posts in the last complete week (Monday–Sunday) and in the current week so far. */
	WeekCounts weekCounts(long siteId, long checkId, LocalDate today) {
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate lastMonday = thisMonday.minusWeeks(1);
		int lastWeek = count(siteId, checkId, lastMonday, thisMonday);
		int thisWeek = count(siteId, checkId, thisMonday, thisMonday.plusWeeks(1));
		return new WeekCounts(DAY_MONTH.format(lastMonday) + "–" + DAY_MONTH.format(thisMonday.minusDays(1)), lastWeek, thisWeek);
	}

	/** Posts per week, newest week first, over the given number of weeks ending with the current one. */
	List<WeekCount> weeks(long siteId, long checkId, LocalDate today, int weeks) {
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return java.util.stream.IntStream.range(0, weeks)
			.mapToObj(i -> thisMonday.minusWeeks(i))
			.map(monday -> new WeekCount(monday, count(siteId, checkId, monday, monday.plusWeeks(1))))
			.toList();
	}

	private int count(long siteId, long checkId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from app.website_post
				where website_id = ? and check_id = ? and published_on >= ? and published_on < ?""")
			.params(siteId, checkId, from, to)
			.query(Integer.class)
			.single();
	}

	record WeekCounts(String lastWeekLabel, int lastWeek, int thisWeek) {
	}

	record WeekCount(LocalDate monday, int posts) {

		public String label() {
			return DAY_MONTH.format(monday) + "–" + DAY_MONTH.format(monday.plusDays(6));
		}
	}
}
