package vn.diembao.triage;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import vn.diembao.casework.CaseOpened;
import vn.diembao.classify.ArticleClassified;
import vn.diembao.ingest.ArticleView;
import vn.diembao.ingest.Articles;
import vn.diembao.shared.text.VietnameseText;

/** The inbox read model: every classified article, with its searchable text and the officer's triage state. */
@Service
class Inbox {

	private final JdbcClient jdbc;
	private final Articles articles;

	Inbox(JdbcClient jdbc, Articles articles) {
		this.jdbc = jdbc;
		this.articles = articles;
	}

	@ApplicationModuleListener
	void on(ArticleClassified event) {
		add(event);
	}

	void add(ArticleClassified event) {
		var article = articles.find(event.articleId());
		String body = article.map(ArticleView::body).orElse("");
		Long cluster = article.map(ArticleView::clusterId).orElse(null);
		jdbc.sql("""
				insert into app.inbox_item (article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic,
				                            needs_response, places, reasons, search_text, story_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id) do nothing""")
			.params(event.articleId(), VietnameseText.nfc(event.title()), VietnameseText.nfc(event.lead()), event.url(),
					event.outletName(), event.publishedAt() == null ? null : Timestamp.from(event.publishedAt()),
					event.relevant(), event.tone().name(), event.topic().name(), event.needsResponse(),
					String.join(", ", event.places()), String.join("\n", event.reasons()), SearchText.of(body),
					storyKey(cluster, event.title()))
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

	Optional<InboxItem> find(long articleId) {
		return jdbc.sql("select " + InboxItem.COLUMNS + " from app.inbox_item where article_id = ?")
			.param(articleId)
			.query(InboxItem.class)
			.optional();
	}

	/** The other outlets' versions of the item's story. */
	java.util.List<InboxItem> sameStory(InboxItem item) {
		return jdbc.sql("select " + InboxItem.COLUMNS + " from app.inbox_item where story_key = ? and article_id <> ?"
				+ " order by published_at desc nulls last limit 50")
			.params(item.storyKey(), item.articleId())
			.query(InboxItem.class)
			.list();
	}

	/**
	 * One row per story: ingest's near-duplicate cluster when the article has one (syndicated copies with edited
	 * titles), else the folded title.
	 */
	static String storyKey(Long clusterId, String title) {
		if (clusterId != null) {
			return "cluster:" + clusterId;
		}
		String folded = VietnameseText.fold(title);
		return folded.isEmpty() ? "?" : folded;
	}
}
