package vn.diembao.triage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.diembao.classify.ArticleReclassified;

/**
 * Brings an inbox item up to date when its article is classified again — only while no officer has decided on it;
 * a triaged, dismissed or in-case item keeps what the officer saw and decided.
 */
@Component
class InboxReclassification {

	private final JdbcClient jdbc;

	InboxReclassification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ArticleReclassified event) {
		jdbc.sql("""
				update app.inbox_item set relevant = ?, tone = ?, topic = ?, needs_response = ?, places = ?, reasons = ?,
				       version = version + 1
				where article_id = ? and status = 'NEW'""")
			.params(event.relevant(), event.tone().name(), event.topic().name(), event.needsResponse(),
					String.join(", ", event.places()), String.join("\n", event.reasons()), event.articleId())
			.update();
	}
}
