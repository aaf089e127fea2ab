package vn.diembao.fakenews;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Monthly figures for the report's fake-news sentence: received by channel and platform, concluded by label, timing. */
@Service
public class FakeNewsStatistics {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public record Month(YearMonth month, long received, Map<String, Long> byChannel, Map<String, Long> byPlatform,
			Map<String, Long> concludedByVerdict, Double averageDaysToConclusion) {

		public boolean none() {
			return received == 0;
		}
	}

	private final JdbcClient jdbc;

	FakeNewsStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Month of(YearMonth month) {
		Period period = between(month.atDay(1), month.atEndOfMonth());
		return new Month(month, period.received(), period.byChannel(), period.byPlatform(), period.concludedByVerdict(),
				period.averageDaysToConclusion());
	}

	/** The same figures for any run of days, {@code from} to {@code to} inclusive (Vietnam time): a week's report. */
	public record Period(long received, Map<String, Long> byChannel, Map<String, Long> byPlatform,
			Map<String, Long> concludedByVerdict, Double averageDaysToConclusion) {

		public boolean none() {
			return received == 0;
		}
	}

	public Period between(java.time.LocalDate first, java.time.LocalDate last) {
		Timestamp from = Timestamp.from(first.atStartOfDay(VIETNAM).toInstant());
		Timestamp to = Timestamp.from(last.plusDays(1).atStartOfDay(VIETNAM).toInstant());
		Map<String, Long> byChannel = counts("select channel, count(*) from app.fake_news_report where created_at >= ? and created_at < ? and duplicate_of is null group by channel", from, to);
		Map<String, Long> byPlatform = counts("select platform, count(*) from app.fake_news_report where created_at >= ? and created_at < ? and duplicate_of is null group by platform", from, to);
		Map<String, Long> byVerdict = counts("select verdict, count(*) from app.fake_news_report where published_at >= ? and published_at < ? group by verdict", from, to);
		Double days = jdbc.sql("""
				select avg(extract(epoch from (concluded_at - created_at)) / 86400.0) from app.fake_news_report
				where status = 'PUBLISHED' and published_at >= ? and published_at < ?""")
			.params(from, to).query(Double.class).optional().orElse(null);
		long received = byChannel.values().stream().mapToLong(Long::longValue).sum();
		return new Period(received, byChannel, byPlatform, byVerdict, days);
	}

	private Map<String, Long> counts(String sql, Timestamp from, Timestamp to) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql(sql).params(from, to).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}
}
