package vn.diembao.classify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Queries over classifications for the bulletin and report modules. */
@Service
public class ClassifiedArticles {

	private final JdbcClient jdbc;

	ClassifiedArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Relevant articles published from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
	public List<ClassifiedArticle> relevantPublishedBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic, needs_response,
				       places, reasons
				from app.classification
				where relevant and published_at >= ? and published_at < ? order by published_at desc""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(ClassifiedArticle.class)
			.list();
	}

	/**
	 * Articles of one topic published from {@code from} (inclusive) to {@code to} (exclusive), about the province or
	 * not, newest first: the domestic, IT and administrative-reform bulletins draw on national news.
	 */
	public List<ClassifiedArticle> onTopicPublishedBetween(Topic topic, Instant from, Instant to) {
		return jdbc.sql("""
				select article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic, needs_response,
				       places, reasons
				from app.classification
				where topic = ? and published_at >= ? and published_at < ? order by published_at desc""")
			.params(topic.name(), Timestamp.from(from), Timestamp.from(to))
			.query(ClassifiedArticle.class)
			.list();
	}

	/**
	 * The agencies the classifier suggests asking about the article (agency-routing.dmn) — agency codes, best first,
	 * at most three; empty when it suggests none or never classified the article.
	 */
	public List<String> suggestedAgencies(long articleId) {
		return jdbc.sql("select agencies from app.classification where article_id = ?")
			.param(articleId)
			.query(String.class)
			.optional()
			.stream()
			.flatMap(codes -> java.util.Arrays.stream(codes.split(",")))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.distinct()
			.limit(3)
			.toList();
	}

	/** How many articles were classified from {@code from} (inclusive) to {@code to} (exclusive), how many of them are relevant, and how many negative. */
	public Counts countsPublishedBetween(Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) as classified, count(*) filter (where relevant) as relevant,
				       count(*) filter (where relevant and tone = 'NEGATIVE') as negative,
				       count(*) filter (where relevant and needs_response) as needs_response
				from app.classification where published_at >= ? and published_at < ?""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(Counts.class)
			.single();
	}

	public record Counts(long classified, long relevant, long negative, long needsResponse) {
	}
}
