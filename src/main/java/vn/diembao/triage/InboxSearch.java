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
	static final int COUNT_CAP = 2_000;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	InboxSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	InboxPage page(InboxFilter filter) {
		Map<String, Object> params = params(filter);
		var counted = jdbc.sql(countSql(filter))
			.params(params)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		boolean atLeast = counted[0] >= COUNT_CAP;
		List<String> keys = storyKeys(filter, params);
		List<InboxItem> items = keys.isEmpty() ? List.of() : storyItems(filter, keys);
		Highlighter highlighter = new Highlighter(filter.q());
		return new InboxPage(filter, stories(items, highlighter, filter.searching()), counted[1], atLeast,
				STORIES_PER_PAGE);
	}

	/**
	 * The page's stories, newest first: walks the hits newest first (on an index, V51) and keeps each story where it
	 * first appears — its newest hit — until the page is full, instead of grouping every hit.
	 */
	private List<String> storyKeys(InboxFilter filter, Map<String, Object> params) {
		int offset = (filter.page() - 1) * STORIES_PER_PAGE;
		int wanted = offset + STORIES_PER_PAGE;
		int scan = wanted * 4;
		while (true) {
			Map<String, Object> scanParams = new LinkedHashMap<>(params);
			scanParams.put("scan", scan);
			List<String> ordered = jdbc.sql(scanSql(filter)).params(scanParams).query(String.class).list();
			java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>(ordered);
			if (keys.size() >= wanted || ordered.size() < scan) {
				return keys.stream().skip(offset).limit(STORIES_PER_PAGE).toList();
			}
			scan *= 4;
		}
	}

	/** Every hit of the page's stories, in page order. */
	private List<InboxItem> storyItems(InboxFilter filter, List<String> keys) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params);
		params.put("keys", keys);
		Map<String, Integer> order = new java.util.HashMap<>();
		for (String key : keys) {
			order.put(key, order.size());
		}
		List<InboxItem> items = new ArrayList<>(jdbc
			.sql("select " + InboxItem.COLUMNS + " from app.inbox_item where " + where + " and story_key in (:keys)"
					+ " order by published_at desc nulls last, article_id desc")
			.params(params)
			.query(InboxItem.class)
			.list());
		items.sort(java.util.Comparator.comparingInt(item -> order.get(item.storyKey())));
		return items;
	}

	/** The plans (EXPLAIN ANALYZE) of the queries behind {@link #page}, for the benchmark. */
	List<String> explain(InboxFilter filter) {
		Map<String, Object> params = params(filter);
		params.put("scan", STORIES_PER_PAGE * 4);
		List<String> plans = new ArrayList<>();
		for (String sql : List.of(countSql(filter), scanSql(filter))) {
			plans.add("-- " + sql.replaceAll("\\s+", " "));
			plans.addAll(jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list());
		}
		return plans;
	}

	private static Map<String, Object> params(InboxFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		where(filter, params);
		return params;
	}

	/**
	 * How many articles and stories match, counting at most {@value #COUNT_CAP} articles: past that the pager says
	 * “more than” rather than counting a hundred thousand hits on every key press.
	 */
	private static String countSql(InboxFilter filter) {
		return "select count(*), count(distinct story_key) from (select story_key from app.inbox_item where "
				+ where(filter, new LinkedHashMap<>()) + " limit " + COUNT_CAP + ") capped";
	}

	private static String scanSql(InboxFilter filter) {
		return "select story_key from app.inbox_item where " + where(filter, new LinkedHashMap<>())
				+ " order by published_at desc nulls last, article_id desc limit :scan";
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
		// a skip scan on inbox_item_outlet_newest (V51): one index probe per outlet, not a pass over every article
		return jdbc.sql("""
				with recursive outlets(name) as (
				    (select outlet_name from app.inbox_item order by outlet_name limit 1)
				    union all
				    select (select outlet_name from app.inbox_item where outlet_name > o.name order by outlet_name limit 1)
				    from outlets o where o.name is not null)
				select name from outlets where name is not null order by name""")
			.query(String.class)
			.list();
	}
}
