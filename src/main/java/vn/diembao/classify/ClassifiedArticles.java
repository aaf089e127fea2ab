package vn.diembao.classify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Queries over classifications for the bulletin and report modules. */
@Service
public class ClassifiedArticles {

	/** Title similarity from which an earlier article is the same matter and its agencies come first. */
	private static final double SAME_MATTER = 0.5;

	private final JdbcClient jdbc;
	private final AgencyChoices choices;

	ClassifiedArticles(JdbcClient jdbc, AgencyChoices choices) {
		this.jdbc = jdbc;
		this.choices = choices;
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
	 * The agencies to ask about the article, best first, at most three (agency codes): those officers asked about the
	 * same matter before (a closely similar title), then agency-routing.dmn's for this article, then those asked about
	 * loosely similar articles. Empty when there are none.
	 */
	public List<String> suggestedAgencies(long articleId) {
		List<AgencyChoices.Choice> chosen = choices.forSimilarTo(articleId);
		Set<String> merged = new LinkedHashSet<>();
		chosen.stream().filter(c -> c.similarity() >= SAME_MATTER).forEach(c -> merged.add(c.agencyCode()));
		jdbc.sql("select agencies from app.classification where article_id = ?")
			.param(articleId)
			.query(String.class)
			.optional()
			.stream()
			.flatMap(codes -> Arrays.stream(codes.split(",")))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.forEach(merged::add);
		chosen.forEach(c -> merged.add(c.agencyCode()));
		return merged.stream().limit(3).toList();
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
