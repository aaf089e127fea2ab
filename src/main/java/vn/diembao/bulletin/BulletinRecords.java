package vn.diembao.bulletin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulletins, their items and statistics in {@code app.bulletin*}; the database itself refuses to change a published one. */
@Repository
class BulletinRecords {

	private static final String COLUMNS = """
			id, kind, issue_date, period_start, period_end, status, number_year, number, revision, previous_id,
			correction_note, editor_note, review_comment, approved_by, published_at""";
	private static final String ITEM_COLUMNS = """
			id, article_id, section, position, title, url, outlet_name, published_at, summary, tone, places,
			needs_response, also_in""";

	private final JdbcClient jdbc;

	BulletinRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new edition; empty when the kind already has one for that issue date (the schedule ran twice). */
	Optional<Long> create(BulletinKind kind, LocalDate issueDate, BulletinPeriods.Period period) {
		return jdbc.sql("""
				insert into app.bulletin (kind, issue_date, period_start, period_end, number_year)
				values (?, ?, ?, ?, ?) on conflict do nothing returning id""")
			.params(kind.name(), issueDate, period.start(), period.end(), issueDate.getYear())
			.query(Long.class)
			.optional();
	}

	Optional<Bulletin> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from app.bulletin where id = ?").param(id).query(Bulletin.class).optional();
	}

	Optional<Bulletin> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from app.bulletin where id = ? for update").param(id).query(Bulletin.class).optional();
	}

	List<BulletinItem> items(long bulletinId) {
		return jdbc.sql("select " + ITEM_COLUMNS + " from app.bulletin_item where bulletin_id = ? order by "
				+ SECTION_ORDER + ", position, id")
			.param(bulletinId)
			.query(BulletinItem.class)
			.list();
	}

	Optional<BulletinItem> item(long bulletinId, long itemId) {
		return jdbc.sql("select " + ITEM_COLUMNS + " from app.bulletin_item where bulletin_id = ? and id = ?")
			.params(bulletinId, itemId)
			.query(BulletinItem.class)
			.optional();
	}

	void addItem(long bulletinId, BulletinItem item) {
		jdbc.sql("""
				insert into app.bulletin_item (bulletin_id, article_id, section, position, title, url, outlet_name,
				    published_at, summary, tone, places, needs_response, also_in)
				values (:bulletin, :article, :section, :position, :title, :url, :outlet, :published, :summary, :tone,
				    :places, :needsResponse, :alsoIn)
				on conflict (bulletin_id, article_id) do nothing""")
			.param("bulletin", bulletinId)
			.param("article", item.articleId())
			.param("section", item.section().name())
			.param("position", item.position())
			.param("title", item.title())
			.param("url", item.url())
			.param("outlet", item.outletName())
			.param("published", item.publishedAt() == null ? null : Timestamp.from(item.publishedAt()))
			.param("summary", item.summary())
			.param("tone", item.tone().name())
			.param("places", item.places() == null ? "" : item.places())
			.param("needsResponse", item.needsResponse())
			.param("alsoIn", item.alsoIn() == null ? "" : item.alsoIn())
			.update();
	}

	int nextPosition(long bulletinId, Section section) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from app.bulletin_item where bulletin_id = ? and section = ?")
			.params(bulletinId, section.name())
			.query(Integer.class)
			.single();
	}

	boolean hasItems(long bulletinId) {
		return jdbc.sql("select exists (select 1 from app.bulletin_item where bulletin_id = ?)").param(bulletinId)
			.query(Boolean.class).single();
	}

	void removeItem(long bulletinId, long itemId) {
		jdbc.sql("delete from app.bulletin_item where bulletin_id = ? and id = ?").params(bulletinId, itemId).update();
	}

	void placeItem(long itemId, Section section, int position) {
		jdbc.sql("update app.bulletin_item set section = ?, position = ? where id = ?")
			.params(section.name(), position, itemId)
			.update();
	}

	void updateSummary(long bulletinId, long itemId, String summary) {
		jdbc.sql("update app.bulletin_item set summary = ? where bulletin_id = ? and id = ?")
			.params(summary, bulletinId, itemId)
			.update();
	}

	void updateEditorNote(long bulletinId, String note) {
		jdbc.sql("update app.bulletin set editor_note = ? where id = ?").params(note, bulletinId).update();
	}

	/** Moves the bulletin on only from the expected status, so two clicks cannot both succeed. */
	boolean changeStatus(long bulletinId, BulletinStatus from, BulletinStatus to, String reviewComment) {
		return jdbc.sql("update app.bulletin set status = ?, review_comment = ? where id = ? and status = ?")
			.params(to.name(), reviewComment, bulletinId, from.name())
			.update() == 1;
	}

	void approve(long bulletinId, String leader, Instant at) {
		jdbc.sql("update app.bulletin set status = 'APPROVED', approved_by = ?, approved_at = ?, review_comment = null where id = ?")
			.params(leader, Timestamp.from(at), bulletinId)
			.update();
	}

	void markPublished(long bulletinId, int number, Instant at) {
		jdbc.sql("update app.bulletin set status = 'PUBLISHED', number = ?, published_at = ? where id = ?")
			.params(number, Timestamp.from(at), bulletinId)
			.update();
	}

	void replaceOutletCounts(long bulletinId, List<OutletCount> counts) {
		jdbc.sql("delete from app.bulletin_outlet_count where bulletin_id = ?").param(bulletinId).update();
		for (OutletCount count : counts) {
			jdbc.sql("insert into app.bulletin_outlet_count values (?, ?, ?, ?, ?)")
				.params(bulletinId, count.outletName(), count.positive(), count.neutral(), count.negative())
				.update();
		}
	}

	void replaceCaseStatus(long bulletinId, List<CaseStatus> lines) {
		jdbc.sql("delete from app.bulletin_case_status where bulletin_id = ?").param(bulletinId).update();
		int position = 0;
		for (CaseStatus line : lines) {
			jdbc.sql("insert into app.bulletin_case_status values (?, ?, ?, ?, ?, ?)")
				.params(bulletinId, line.agencyName(), line.sent(), line.answered(), line.overdue(), ++position)
				.update();
		}
	}

	List<CaseStatus> caseStatus(long bulletinId) {
		return jdbc.sql("""
				select agency_name, sent, answered, overdue from app.bulletin_case_status where bulletin_id = ?
				order by position""")
			.param(bulletinId)
			.query(CaseStatus.class)
			.list();
	}

	List<OutletCount> outletCounts(long bulletinId) {
		return jdbc.sql("""
				select outlet_name, positive, neutral, negative from app.bulletin_outlet_count where bulletin_id = ?
				order by positive + neutral + negative desc, outlet_name""")
			.param(bulletinId)
			.query(OutletCount.class)
			.list();
	}

	/** A correcting revision of a published edition: same kind, period and number, the items copied, back in draft. */
	long createRevision(Bulletin published, String note) {
		long id = jdbc.sql("""
				insert into app.bulletin (kind, issue_date, period_start, period_end, number_year, number, revision,
				    previous_id, correction_note, editor_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(published.kind().name(), published.issueDate(), published.periodStart(), published.periodEnd(),
					published.numberYear(), published.number(), published.revision() + 1, published.id(), note,
					published.editorNote())
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.bulletin_item (bulletin_id, article_id, section, position, title, url, outlet_name,
				    published_at, summary, tone, places, needs_response, also_in)
				select ?, article_id, section, position, title, url, outlet_name, published_at, summary, tone, places,
				    needs_response, also_in
				from app.bulletin_item where bulletin_id = ?""")
			.params(id, published.id())
			.update();
		jdbc.sql("""
				insert into app.bulletin_outlet_count
				select ?, outlet_name, positive, neutral, negative from app.bulletin_outlet_count where bulletin_id = ?""")
			.params(id, published.id())
			.update();
		jdbc.sql("""
				insert into app.bulletin_case_status
				select ?, agency_name, sent, answered, overdue, position from app.bulletin_case_status where bulletin_id = ?""")
			.params(id, published.id())
			.update();
		return id;
	}

	/** Whether a later revision of this edition exists (then this one is superseded). */
	Optional<Long> latestRevisionOf(Bulletin bulletin) {
		return jdbc.sql("select id from app.bulletin where kind = ? and issue_date = ? order by revision desc limit 1")
			.params(bulletin.kind().name(), bulletin.issueDate())
			.query(Long.class)
			.optional();
	}

	/** The archive: published bulletins by kind, issue dates, number and a word of an item's title or summary. */
	List<Bulletin> search(ArchiveQuery query) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from app.bulletin b where status = 'PUBLISHED'");
		var params = new java.util.ArrayList<Object>();
		if (query.kind() != null) {
			sql.append(" and kind = ?");
			params.add(query.kind().name());
		}
		if (query.from() != null) {
			sql.append(" and issue_date >= ?");
			params.add(query.from());
		}
		if (query.to() != null) {
			sql.append(" and issue_date <= ?");
			params.add(query.to());
		}
		if (query.number() != null) {
			sql.append(" and number = ?");
			params.add(query.number());
		}
		if (query.text() != null && !query.text().isBlank()) {
			sql.append(" and exists (select 1 from app.bulletin_item i where i.bulletin_id = b.id"
					+ " and (i.title ilike ? or i.summary ilike ?))");
			String like = "%" + query.text().strip().replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
		}
		sql.append(" order by issue_date desc, kind, revision desc limit 200");
		return jdbc.sql(sql.toString()).params(params).query(Bulletin.class).list();
	}

	/** Bulletins waiting for someone: drafts, in review and approved, newest first. */
	List<Bulletin> unpublished() {
		return jdbc.sql("select " + COLUMNS + " from app.bulletin where status <> 'PUBLISHED' order by issue_date desc, kind")
			.query(Bulletin.class)
			.list();
	}

	int publishedCount(BulletinKind kind, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from app.bulletin where kind = ? and status = 'PUBLISHED' and revision = 1
				and issue_date >= ? and issue_date <= ?""")
			.params(kind.name(), from, to)
			.query(Integer.class)
			.single();
	}

	private static final String SECTION_ORDER = "array_position(array['LEADERSHIP','ECONOMY','CULTURE','DEFENCE_SECURITY',"
			+ "'PROBLEMS','OPINION'], section)";

	record ArchiveQuery(BulletinKind kind, LocalDate from, LocalDate to, Integer number, String text) {
	}

	java.util.Map<BulletinKind, Long> issuedBetween(LocalDate from, LocalDate to) {
		java.util.Map<BulletinKind, Long> counts = new java.util.EnumMap<>(BulletinKind.class);
		jdbc.sql("""
				select kind, count(*) from app.bulletin
				where status = 'PUBLISHED' and revision = 1 and issue_date between ? and ?
				group by kind""")
			.params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
			.query((rs, i) -> counts.put(BulletinKind.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}
}
