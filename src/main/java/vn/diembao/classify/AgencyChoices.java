package vn.diembao.classify;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.diembao.casework.CaseOpened;

/**
 * What officers chose before: the agencies asked about each article a case was opened for. An article whose title
 * reads like an earlier one (the same story followed up, the same plant, road or project) is suggested those agencies.
 */
@Component
class AgencyChoices {

	/** Trigram similarity of folded titles from which two articles count as the same matter. */
	private static final double SIMILAR = 0.3;

	/** An agency chosen for a similar article, with how similar the closest such article is. */
	record Choice(String agencyCode, double similarity) {
	}

	private final JdbcClient jdbc;

	AgencyChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CaseOpened event) {
		// an event stored by a node of the previous version, still unfinished at an upgrade, names no agencies
		if (event.articleId() == null || event.agencyCodes() == null) {
			return;
		}
		for (String code : event.agencyCodes()) {
			jdbc.sql("insert into app.agency_choice (article_id, agency_code) values (?, ?) on conflict do nothing")
				.params(event.articleId(), code)
				.update();
		}
	}

	/** Agencies chosen for other articles similar to this one, the closest first. */
	List<Choice> forSimilarTo(long articleId) {
		return jdbc.sql("""
				select ch.agency_code, max(app.title_similarity(c.title, me.title)) as similarity
				from app.agency_choice ch
				join app.classification c on c.article_id = ch.article_id
				join app.classification me on me.article_id = ?
				where ch.article_id <> me.article_id
				  and app.title_similarity(c.title, me.title) >= ?
				group by ch.agency_code
				order by similarity desc, ch.agency_code
				limit 3""")
			.params(articleId, SIMILAR)
			.query(Choice.class)
			.list();
	}
}
