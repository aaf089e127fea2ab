package vn.diembao.triage;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.diembao.shared.text.VietnameseText;

/**
 * The inbox as the officer filters it: one entry per story, newest story first, a page at a time. Text search folds
 * case and diacritics on both sides ({@code app.vn_fold}, V50), so “dak nong” finds “Đắk Nông”, on a GIN index.
 */
@Service
class InboxSearch {

	static final int STORIES_PER_PAGE = 50;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	InboxSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	InboxPage page(InboxFilter filter) {
		Map<String, Object> params = params(filter);
		long total = jdbc.sql(countSql(filter)).params(params).query(Long.class).single();
		List<InboxItem> items = jdbc.sql(pageSql(filter)).params(params).query(InboxItem.class).list();
		Highlighter highlighter = new Highlighter(filter.q());
		return new InboxPage(filter, stories(items, highlighter, filter.searching()), total, STORIES_PER_PAGE);
	}

	/** The plans (EXPLAIN ANALYZE) of the queries behind {@link #page}, for the benchmark. */
	List<String> explain(InboxFilter filter) {
		Map<String, Object> params = params(filter);
		List<String> plans = new ArrayList<>();
		for (String sql : List.of(countSql(filter), pageSql(filter))) {
			plans.add("-- " + sql.replaceAll("\\s+", " "));
			plans.addAll(jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list());
		}
		return plans;
	}

	private Map<String, Object> params(InboxFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		where(filter, params);
		params.put("limit", STORIES_PER_PAGE);
		params.put("offset", (filter.page() - 1) * STORIES_PER_PAGE);
		return params;
	}

	private static String countSql(InboxFilter filter) {
		return "select count(distinct story_key) from app.inbox_item where " + where(filter, new LinkedHashMap<>());
	}

	private static String pageSql(InboxFilter filter) {
		return "with hits as (select " + InboxItem.COLUMNS + " from app.inbox_item where "
				+ where(filter, new LinkedHashMap<>()) + """
				), stories as (
				    select story_key, max(published_at) as latest, max(article_id) as newest_id from hits group by story_key
				    order by latest desc nulls last, newest_id desc limit :limit offset :offset)
				select h.* from hits h join stories s using (story_key)
				order by s.latest desc nulls last, s.newest_id desc, h.published_at desc nulls last, h.article_id desc""";
	}

	/** The article text of the items on a page, for search excerpts. */
	private Map<Long, String> texts(List<InboxItem> items) {
		if (items.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> texts = new LinkedHashMap<>();
		jdbc.sql("select article_id, coalesce(search_text, '') as text from app.inbox_item where article_id in (:ids)")
			.param("ids", items.stream().map(InboxItem::articleId).toList())
			.query((rs, i) -> texts.put(rs.getLong(1), rs.getString(2)))
			.list();
		return texts;
	}

	private List<Story> stories(List<InboxItem> items, Highlighter highlighter, boolean excerpts) {
		Map<Long, String> texts = excerpts ? texts(items) : Map.of();
		Map<String, List<InboxRow>> byStory = new LinkedHashMap<>();
		for (InboxItem item : items) {
			byStory.computeIfAbsent(item.storyKey(), key -> new ArrayList<>())
				.add(new InboxRow(item, highlighter.segments(item.title()), highlighter.segments(item.lead()),
						excerpts ? highlighter.excerpt(texts.getOrDefault(item.articleId(), "")) : List.of()));
		}
		return byStory.entrySet().stream().map(e -> new Story(e.getKey(), e.getValue())).toList();
	}

	private static String where(InboxFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add(filter.bin() ? "not relevant" : "relevant");
		if (!"ALL".equals(filter.status())) {
			conditions.add("status = :status");
			params.put("status", filter.status());
		}
		if (filter.from() != null) {
			conditions.add("published_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(VIETNAM).toInstant()));
		}
		if (filter.to() != null) {
			conditions.add("published_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
		}
		if (filter.outlet() != null) {
			conditions.add("outlet_name = :outlet");
			params.put("outlet", filter.outlet());
		}
		if (filter.tone() != null) {
			conditions.add("tone = :tone");
			params.put("tone", filter.tone().name());
		}
		if (filter.topic() != null) {
			conditions.add("topic = :topic");
			params.put("topic", filter.topic().name());
		}
		if (filter.place() != null) {
			conditions.add("app.vn_fold(places) like :place");
			params.put("place", "%" + likeEscaped(VietnameseText.fold(filter.place())) + "%");
		}
		if (filter.needsResponse()) {
			conditions.add("needs_response");
		}
		if (filter.q() != null) {
			conditions.add("search_doc @@ websearch_to_tsquery('simple', app.vn_fold(:q))");
			params.put("q", VietnameseText.nfc(filter.q()));
		}
		return String.join(" and ", conditions);
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** Outlets that have items in the inbox, for the outlet filter. */
	List<String> outlets() {
		return jdbc.sql("select distinct outlet_name from app.inbox_item order by outlet_name").query(String.class).list();
	}
}
