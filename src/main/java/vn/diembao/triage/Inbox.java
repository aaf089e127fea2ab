package vn.diembao.triage;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.CaseOpened;
import vn.diembao.classify.ArticleClassified;

/** The inbox read model: every classified article, with the officer's triage state. */
@Service
class Inbox {

	private static final String SELECT = """
			select article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic, needs_response, places,
			       reasons, status, case_id, version from app.inbox_item
			""";

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ArticleClassified event) {
		jdbc.sql("""
				insert into app.inbox_item (article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic,
				                            needs_response, places, reasons)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""")
			.params(event.articleId(), event.title(), event.lead(), event.url(), event.outletName(),
					event.publishedAt() == null ? null : Timestamp.from(event.publishedAt()), event.relevant(),
					event.tone().name(), event.topic().name(), event.needsResponse(), String.join(", ", event.places()),
					String.join("\n", event.reasons()))
			.update();
	}

	@ApplicationModuleListener
	void on(CaseOpened event) {
		if (event.articleId() != null) {
			jdbc.sql("update app.inbox_item set status = 'IN_CASE', case_id = ?, version = version + 1 where article_id = ?")
				.params(event.caseId(), event.articleId())
				.update();
		}
	}

	/** Relevant articles waiting for the officer (or all relevant ones), newest first. */
	List<InboxItem> relevant(boolean onlyNew) {
		return jdbc.sql(SELECT + "where relevant" + (onlyNew ? " and status = 'NEW'" : "")
				+ " order by published_at desc nulls last, article_id desc limit 500")
			.query(InboxItem.class)
			.list();
	}

	Optional<InboxItem> find(long articleId) {
		return jdbc.sql(SELECT + "where article_id = ?").param(articleId).query(InboxItem.class).optional();
	}

	/** Sets the status if nobody changed the item since the officer loaded it (optimistic lock). */
	@Transactional
	boolean decide(long articleId, int expectedVersion, String status, String officer) {
		return jdbc.sql("""
				update app.inbox_item set status = ?, decided_by = ?, decided_at = now(), version = version + 1
				where article_id = ? and version = ?""")
			.params(status, officer, articleId, expectedVersion)
			.update() == 1;
	}

	@Transactional
	void markNeedsResponse(InboxItem item, String officer) {
		if (!item.needsResponse()) {
			jdbc.sql("update app.inbox_item set needs_response = true where article_id = ?").param(item.articleId()).update();
			jdbc.sql("""
					insert into app.triage_correction (article_id, field, before, after, corrected_by)
					values (?, 'needs_response', 'false', 'true', ?)""")
				.params(item.articleId(), officer)
				.update();
		}
	}
}
