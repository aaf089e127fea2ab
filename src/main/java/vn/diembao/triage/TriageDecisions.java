package vn.diembao.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;

/**
 * The officer's decisions on inbox items, one or many at once. Each item is changed only if nobody changed it since
 * the officer loaded it (its version); every change of tone, topic, relevance or needs-response is also a labelled
 * example for the classifier in {@code app.triage_correction}.
 */
@Service
class TriageDecisions {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock = Clock.system(VIETNAM);

	TriageDecisions(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** An item as the officer saw it. */
	record ItemRef(long articleId, int version) {

		/** Parses “12:3,14:0” as the inbox posts it. */
		static List<ItemRef> parse(List<String> refs) {
			List<ItemRef> parsed = new ArrayList<>();
			for (String list : refs == null ? List.<String>of() : refs) {
				for (String ref : list.split(",")) {
					String[] parts = ref.strip().split(":");
					if (parts.length == 2) {
						parsed.add(new ItemRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
					}
				}
			}
			return parsed;
		}
	}

	@Transactional
	TriageOutcome apply(TriageAction action, String value, List<ItemRef> refs, String officer) {
		validate(action, value);
		int changed = 0;
		List<String> conflicts = new ArrayList<>();
		for (ItemRef ref : refs) {
			InboxItem item = lock(ref.articleId());
			if (item == null || item.version() != ref.version()) {
				conflicts.add(item == null ? "#" + ref.articleId() : "“" + item.title() + "”");
			}
			else if (applyTo(item, action, value, officer)) {
				changed++;
			}
		}
		return new TriageOutcome(action, changed, conflicts);
	}

	/** The officer opened a case on the article: it needs a response, whatever the classifier thought. */
	@Transactional
	void markNeedsResponse(long articleId, String officer) {
		InboxItem item = lock(articleId);
		if (item != null) {
			applyTo(item, TriageAction.NEEDS_RESPONSE, null, officer);
		}
	}

	private static void validate(TriageAction action, String value) {
		if (action == TriageAction.TONE) {
			Tone.valueOf(Objects.requireNonNull(value, "Chưa chọn sắc thái"));
		}
		if (action == TriageAction.TOPIC) {
			Topic.valueOf(Objects.requireNonNull(value, "Chưa chọn chủ đề"));
		}
	}

	private InboxItem lock(long articleId) {
		return jdbc.sql("select " + InboxItem.COLUMNS + " from app.inbox_item where article_id = ? for update")
			.param(articleId)
			.query(InboxItem.class)
			.optional()
			.orElse(null);
	}

	private boolean applyTo(InboxItem item, TriageAction action, String value, String officer) {
		return switch (action) {
			case CONFIRM -> confirm(item, officer);
			case DISMISS -> setStatus(item, "DISMISSED", officer);
			case NOT_RELEVANT -> correct(item, "relevant", String.valueOf(item.relevant()), "false", officer);
			case TONE -> correct(item, "tone", item.tone(), value, officer);
			case TOPIC -> correct(item, "topic", item.topic(), value, officer);
			case NEEDS_RESPONSE -> correct(item, "needs_response", String.valueOf(item.needsResponse()), "true", officer);
			case NOT_NEEDS_RESPONSE -> correct(item, "needs_response", String.valueOf(item.needsResponse()), "false", officer);
			case BULLETIN -> pickForBulletin(item, officer);
		};
	}

	/** Confirming an item from the “not relevant” bin says the classifier missed it: that is a correction too. */
	private boolean confirm(InboxItem item, String officer) {
		if (!item.relevant()) {
			correct(item, "relevant", "false", "true", officer);
		}
		return "IN_CASE".equals(item.status()) || setStatus(item, "TRIAGED", officer);
	}

	private boolean setStatus(InboxItem item, String status, String officer) {
		if ("IN_CASE".equals(item.status()) || status.equals(item.status())) {
			return false;
		}
		jdbc.sql("""
				update app.inbox_item set status = ?, decided_by = ?, decided_at = now(), version = version + 1
				where article_id = ?""")
			.params(status, officer, item.articleId())
			.update();
		return true;
	}

	/** Only these columns may be corrected; the name is also the field classify's retraining reads. */
	private boolean correct(InboxItem item, String field, String before, String after, String officer) {
		if (before.equals(after)) {
			return false;
		}
		String column = switch (field) {
			case "relevant", "needs_response" -> field + " = ?::boolean";
			case "tone", "topic" -> field + " = ?";
			default -> throw new IllegalArgumentException(field);
		};
		jdbc.sql("update app.inbox_item set " + column + ", version = version + 1 where article_id = ?")
			.params(after, item.articleId())
			.update();
		jdbc.sql("""
				insert into app.triage_correction (article_id, field, before, after, corrected_by)
				values (?, ?, ?, ?, ?)""")
			.params(item.articleId(), field, before, after, officer)
			.update();
		return true;
	}

	private boolean pickForBulletin(InboxItem item, String officer) {
		LocalDate today = LocalDate.now(clock);
		if (today.equals(item.bulletinDate())) {
			return false;
		}
		jdbc.sql("update app.inbox_item set bulletin_date = ?, bulletin_by = ?, version = version + 1 where article_id = ?")
			.params(today, officer, item.articleId())
			.update();
		events.publishEvent(new ArticlePickedForBulletin(item.articleId(), today, officer));
		return true;
	}
}
