package vn.diembao.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.diembao.casework.CaseViews.AssignmentView;
import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.casework.CaseViews.ReplyView;

/** Case, assignment and reply rows. Every read that serves an agency user takes the agency id as a filter. */
@Repository
class CaseRecords {

	private static final String SUMMARY = """
			select c.id, c.article_title, c.outlet_name, c.status, c.deadline, c.opened_at,
			       (select string_agg(g.name, '; ' order by g.name) from app.assignment a join app.agency g on g.id = a.agency_id
			        where a.case_id = c.id) as agencies
			from app.press_case c
			""";

	record CaseRow(long id, Long articleId, String articleTitle, String articleUrl, String outletName, String issue,
			String severity, String status, LocalDate deadline, String openedBy, java.time.Instant openedAt,
			java.time.Instant closedAt, String processInstanceId) {
	}

	record AssignmentRow(long id, long caseId, long agencyId, String agencyCode, String status) {
	}

	private final JdbcClient jdbc;

	CaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCase(OpenCaseCommand command, LocalDate deadline, String openedBy) {
		return jdbc.sql("""
				insert into app.press_case (article_id, article_title, article_url, outlet_name, issue, severity, deadline, opened_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(command.articleId(), command.articleTitle(), command.articleUrl(), command.outletName(),
					command.issue().trim(), command.severity().name(), Date.valueOf(deadline), openedBy)
			.query(Long.class)
			.single();
	}

	void insertAssignment(long caseId, long agencyId, LocalDate deadline) {
		jdbc.sql("insert into app.assignment (case_id, agency_id, deadline) values (?, ?, ?)")
			.params(caseId, agencyId, Date.valueOf(deadline))
			.update();
	}

	void setProcessInstance(long caseId, String processInstanceId) {
		jdbc.sql("update app.press_case set process_instance_id = ? where id = ?").params(processInstanceId, caseId).update();
	}

	/** Cases visible to the user: all of them, or only those with an assignment for {@code agencyId}. */
	List<CaseSummary> summaries(Long agencyId) {
		if (agencyId == null) {
			return jdbc.sql(SUMMARY + "order by c.status desc, c.opened_at desc").query(CaseSummary.class).list();
		}
		return jdbc.sql(SUMMARY + """
				where exists (select 1 from app.assignment a where a.case_id = c.id and a.agency_id = ?)
				order by c.status desc, c.opened_at desc""").param(agencyId).query(CaseSummary.class).list();
	}

	Optional<CaseRow> find(long caseId, Long agencyId) {
		return jdbc.sql("""
				select id, article_id, article_title, article_url, outlet_name, issue, severity, status, deadline, opened_by,
				       opened_at, closed_at, process_instance_id
				from app.press_case c
				where id = :id and (cast(:agency as bigint) is null
				      or exists (select 1 from app.assignment a where a.case_id = c.id and a.agency_id = :agency))""")
			.param("id", caseId)
			.param("agency", agencyId)
			.query(CaseRow.class)
			.optional();
	}

	List<AssignmentView> assignments(long caseId, Long agencyId) {
		List<AssignmentView> assignments = jdbc.sql("""
				select a.id, a.agency_id, g.code as agency_code, g.name as agency_name, a.status, a.deadline, a.overdue
				from app.assignment a join app.agency g on g.id = a.agency_id
				where a.case_id = :case and (cast(:agency as bigint) is null or a.agency_id = :agency) order by g.name""")
			.param("case", caseId)
			.param("agency", agencyId)
			.query((rs, i) -> new AssignmentView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_code"),
					rs.getString("agency_name"), rs.getString("status"), rs.getObject("deadline", LocalDate.class),
					rs.getBoolean("overdue"), List.of()))
			.list();
		return assignments.stream()
			.map(a -> new AssignmentView(a.id(), a.agencyId(), a.agencyCode(), a.agencyName(), a.status(), a.deadline(),
					a.overdue(), replies(a.id())))
			.toList();
	}

	List<ReplyView> replies(long assignmentId) {
		return jdbc.sql("""
				select id, assignment_id, text, document_number, document_date, submitted_by, submitted_at, review_outcome,
				       review_comment, reviewed_by
				from app.reply where assignment_id = ? order by submitted_at, id""")
			.param(assignmentId)
			.query(ReplyView.class)
			.list();
	}

	Optional<AssignmentRow> assignment(long caseId, String agencyCode) {
		return jdbc.sql("""
				select a.id, a.case_id, a.agency_id, g.code as agency_code, a.status
				from app.assignment a join app.agency g on g.id = a.agency_id where a.case_id = ? and g.code = ?""")
			.params(caseId, agencyCode)
			.query(AssignmentRow.class)
			.optional();
	}

	void setAssignmentStatus(long assignmentId, String status) {
		jdbc.sql("update app.assignment set status = ? where id = ?").params(status, assignmentId).update();
	}

	void markOverdue(long assignmentId) {
		jdbc.sql("update app.assignment set overdue = true where id = ?").param(assignmentId).update();
	}

	long insertReply(long assignmentId, ReplyForm form, String submittedBy) {
		return jdbc.sql("""
				insert into app.reply (assignment_id, text, document_number, document_date, submitted_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(assignmentId, form.text().trim(), blankToNull(form.documentNumber()),
					form.documentDate() == null ? null : Date.valueOf(form.documentDate()), submittedBy)
			.query(Long.class)
			.single();
	}

	/** Records the review on the assignment's latest unreviewed reply. */
	void reviewLatestReply(long assignmentId, boolean accepted, String comment, String reviewer) {
		jdbc.sql("""
				update app.reply set review_outcome = ?, review_comment = ?, reviewed_by = ?, reviewed_at = now()
				where id = (select max(id) from app.reply where assignment_id = ? and review_outcome is null)""")
			.params(accepted ? "ACCEPTED" : "RETURNED", blankToNull(comment), reviewer, assignmentId)
			.update();
	}

	Optional<String> latestReturnComment(long assignmentId) {
		return jdbc.sql("""
				select review_comment from app.reply where assignment_id = ? and review_outcome = 'RETURNED'
				order by id desc limit 1""")
			.param(assignmentId)
			.query(String.class)
			.optional();
	}

	boolean close(long caseId) {
		return jdbc.sql("update app.press_case set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN'")
			.param(caseId)
			.update() == 1;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
