package vn.diembao.casework;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.diembao.casework.CaseViews.CaseSummary;

/** Case and assignment rows. Every read that serves an agency user takes the agency id as a filter. */
@Repository
class CaseRecords {

	private static final String SUMMARY = """
			select c.id, c.article_title, c.outlet_name, c.status, c.deadline, c.opened_at,
			       (select string_agg(g.name, '; ' order by g.name) from app.assignment a join app.agency g on g.id = a.agency_id
			        where a.case_id = c.id and a.status <> 'REASSIGNED') as agencies,
			       exists (select 1 from app.assignment a where a.case_id = c.id and a.overdue) as overdue
			from app.press_case c
			""";
	private static final String ASSIGNMENT = """
			select a.id, a.case_id, a.agency_id, g.code as agency_code, g.name as agency_name, g.email as agency_email,
			       a.status, a.deadline, a.overdue, c.severity, a.reminders_sent, a.last_reminder_at, a.version
			from app.assignment a join app.agency g on g.id = a.agency_id join app.press_case c on c.id = a.case_id
			""";

	record CaseRow(long id, Long articleId, String articleTitle, String articleUrl, String outletName, String issue,
			String severity, String status, LocalDate deadline, String openedBy, Instant openedAt, Instant closedAt,
			String processInstanceId, Long leadAgencyId, String sourceReference, Instant outletInformedAt,
			String outletFollowupUrl) {
	}

	record AssignmentRow(long id, long caseId, long agencyId, String agencyCode, String agencyName, String agencyEmail,
			String status, LocalDate deadline, boolean overdue, Severity severity, int remindersSent,
			Instant lastReminderAt, int version) {
	}

	private final JdbcClient jdbc;

	CaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCase(OpenCaseCommand command, LocalDate deadline, String openedBy) {
		return jdbc.sql("""
				insert into app.press_case (article_id, article_title, article_url, outlet_name, issue, severity, deadline,
				                            opened_by, lead_agency_id, source_reference)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(command.articleId(), command.articleTitle(), command.articleUrl(), command.outletName(),
					command.issue().trim(), command.severity().name(), Date.valueOf(deadline), openedBy,
					command.leadAgencyId(), command.sourceReference())
			.query(Long.class)
			.single();
	}

	/** A new assignment, or an earlier one of the same agency (handed over, then back) made pending again. */
	long upsertAssignment(long caseId, long agencyId, LocalDate deadline) {
		return jdbc.sql("""
				insert into app.assignment (case_id, agency_id, deadline) values (?, ?, ?)
				on conflict (case_id, agency_id) do update set status = 'PENDING', deadline = excluded.deadline,
				    overdue = false, reminders_sent = 0, version = app.assignment.version + 1
				returning id""")
			.params(caseId, agencyId, Date.valueOf(deadline))
			.query(Long.class)
			.single();
	}

	void setProcessInstance(long caseId, String processInstanceId) {
		jdbc.sql("update app.press_case set process_instance_id = ? where id = ?").params(processInstanceId, caseId).update();
	}

	/** The most recent cases visible to the user: all, or only those with an assignment for {@code agencyId}. */
	List<CaseSummary> summaries(Long agencyId, int limit) {
		if (agencyId == null) {
			return jdbc.sql(SUMMARY + "order by c.status desc, c.opened_at desc limit ?").param(limit).query(CaseSummary.class).list();
		}
		return jdbc.sql(SUMMARY + """
				where exists (select 1 from app.assignment a where a.case_id = c.id and a.agency_id = ?)
				order by c.status desc, c.opened_at desc limit ?""").params(agencyId, limit).query(CaseSummary.class).list();
	}

	/** What an agency's task list shows, for its open assignments, keyed by the case's process instance. */
	record OpenAssignment(String processInstanceId, long caseId, long assignmentId, String articleTitle, String articleUrl,
			String outletName, String issue, LocalDate deadline, boolean overdue, String returnComment) {
	}

	List<OpenAssignment> openAssignments(long agencyId) {
		return jdbc.sql("""
				select c.process_instance_id, c.id as case_id, a.id as assignment_id, c.article_title, c.article_url,
				       c.outlet_name, c.issue, a.deadline, a.overdue,
				       case when a.status = 'RETURNED' then (select r.review_comment from app.reply r
				            where r.assignment_id = a.id and r.review_outcome = 'RETURNED' order by r.id desc limit 1) end as return_comment
				from app.assignment a join app.press_case c on c.id = a.case_id
				where a.agency_id = ? and a.status in ('PENDING', 'RETURNED') and c.status = 'OPEN'""")
			.param(agencyId)
			.query(OpenAssignment.class)
			.list();
	}

	Optional<CaseRow> find(long caseId, Long agencyId) {
		return jdbc.sql("""
				select id, article_id, article_title, article_url, outlet_name, issue, severity, status, deadline, opened_by,
				       opened_at, closed_at, process_instance_id, lead_agency_id, source_reference, outlet_informed_at,
				       outlet_followup_url
				from app.press_case c
				where id = :id and (cast(:agency as bigint) is null
				      or exists (select 1 from app.assignment a where a.case_id = c.id and a.agency_id = :agency))""")
			.param("id", caseId)
			.param("agency", agencyId)
			.query(CaseRow.class)
			.optional();
	}

	String titleOf(long caseId) {
		return jdbc.sql("select article_title from app.press_case where id = ?").param(caseId).query(String.class).optional()
			.orElse("hồ sơ " + caseId);
	}

	List<AssignmentRow> assignments(long caseId, Long agencyId) {
		return jdbc.sql(ASSIGNMENT + "where a.case_id = :case and (cast(:agency as bigint) is null or a.agency_id = :agency) order by g.name")
			.param("case", caseId)
			.param("agency", agencyId)
			.query(AssignmentRow.class)
			.list();
	}

	Optional<AssignmentRow> assignmentById(long assignmentId) {
		return jdbc.sql(ASSIGNMENT + "where a.id = ?").param(assignmentId).query(AssignmentRow.class).optional();
	}

	Optional<AssignmentRow> assignment(long caseId, String agencyCode) {
		return jdbc.sql(ASSIGNMENT + "where a.case_id = ? and g.code = ?").params(caseId, agencyCode).query(AssignmentRow.class).optional();
	}

	void setAssignmentStatus(long assignmentId, String status) {
		jdbc.sql("""
				update app.assignment set status = ?, version = version + 1,
				       replied_at = case when ? = 'REPLIED' then now() else replied_at end,
				       accepted_at = case when ? = 'ACCEPTED' then now() else accepted_at end
				where id = ?""")
			.params(status, status, status, assignmentId)
			.update();
	}

	/** True only the first time, so the overdue notice goes out once per deadline. */
	boolean markOverdue(long assignmentId, Instant at) {
		return jdbc.sql("""
				update app.assignment set overdue = true, last_reminder_at = ?
				where id = ? and not overdue and status in ('PENDING', 'RETURNED')""")
			.params(java.sql.Timestamp.from(at), assignmentId)
			.update() == 1;
	}

	void recordReminder(long assignmentId, Instant at) {
		jdbc.sql("update app.assignment set reminders_sent = reminders_sent + 1, last_reminder_at = ? where id = ?")
			.params(java.sql.Timestamp.from(at), assignmentId)
			.update();
	}

	void extendDeadline(long assignmentId, LocalDate deadline) {
		jdbc.sql("""
				update app.assignment set deadline = ?, overdue = false, reminders_sent = 0, version = version + 1
				where id = ?""")
			.params(Date.valueOf(deadline), assignmentId)
			.update();
	}

	boolean close(long caseId) {
		return jdbc.sql("update app.press_case set status = 'CLOSED', closed_at = now(), version = version + 1 where id = ? and status = 'OPEN'")
			.param(caseId)
			.update() == 1;
	}

	boolean reopen(long caseId, LocalDate deadline) {
		return jdbc.sql("""
				update app.press_case set status = 'OPEN', closed_at = null, deadline = ?, version = version + 1
				where id = ? and status = 'CLOSED'""")
			.params(Date.valueOf(deadline), caseId)
			.update() == 1;
	}

	void recordOutletInformed(long caseId, String followupUrl) {
		jdbc.sql("update app.press_case set outlet_informed_at = coalesce(outlet_informed_at, now()), outlet_followup_url = ? where id = ?")
			.params(followupUrl == null || followupUrl.isBlank() ? null : followupUrl.trim(), caseId)
			.update();
	}

	/** Open overdue assignments for the leader's list, oldest deadline first. */
	List<CaseViews.OverdueAssignment> overdue() {
		return jdbc.sql("""
				select c.id as case_id, c.article_title, g.name as agency_name, a.deadline, a.reminders_sent
				from app.assignment a join app.press_case c on c.id = a.case_id join app.agency g on g.id = a.agency_id
				where a.overdue and a.status in ('PENDING', 'RETURNED') and c.status = 'OPEN' order by a.deadline, c.id""")
			.query(CaseViews.OverdueAssignment.class)
			.list();
	}

	/** Per agency: open, overdue, and answered (accepted) this month. */
	List<CaseViews.AgencyLoad> agencyLoads(LocalDate monthStart) {
		return jdbc.sql("""
				select g.id as agency_id, g.name as agency_name,
				       count(*) filter (where a.status in ('PENDING', 'RETURNED', 'REPLIED') and c.status = 'OPEN') as open,
				       count(*) filter (where a.overdue and a.status in ('PENDING', 'RETURNED') and c.status = 'OPEN') as overdue,
				       count(*) filter (where a.status = 'ACCEPTED' and a.accepted_at >= ?) as answered_this_month
				from app.assignment a join app.press_case c on c.id = a.case_id join app.agency g on g.id = a.agency_id
				group by g.id, g.name order by overdue desc, open desc, g.name""")
			.param(Date.valueOf(monthStart))
			.query(CaseViews.AgencyLoad.class)
			.list();
	}

	/** Per agency: sent in cases opened in [from, until), accepted in [from, until), overdue now in open cases. */
	List<CaseViews.AgencyPeriodStatus> agencyStatus(java.time.Instant from, java.time.Instant until) {
		return jdbc.sql("""
				select agency_name, sent, answered, overdue from (
				    select g.name as agency_name,
				           count(*) filter (where c.opened_at >= :from and c.opened_at < :until) as sent,
				           count(*) filter (where a.status = 'ACCEPTED' and a.accepted_at >= :from and a.accepted_at < :until) as answered,
				           count(*) filter (where a.overdue and a.status in ('PENDING', 'RETURNED') and c.status = 'OPEN') as overdue
				    from app.assignment a join app.press_case c on c.id = a.case_id join app.agency g on g.id = a.agency_id
				    group by g.id, g.name) s
				where sent + answered + overdue > 0
				order by overdue desc, sent desc, agency_name""")
			.param("from", java.sql.Timestamp.from(from))
			.param("until", java.sql.Timestamp.from(until))
			.query(CaseViews.AgencyPeriodStatus.class)
			.list();
	}

	record Answered(long agencyId, Instant openedAt, Instant acceptedAt) {
	}

	record Pending(long agencyId, String agencyName, Instant openedAt) {
	}

	/** Requests in cases opened in the period: how many, and to how many agencies. */
	long[] asked(Instant from, Instant until) {
		return jdbc.sql("""
				select count(*), count(distinct a.agency_id)
				from app.assignment a join app.press_case c on c.id = a.case_id
				where c.opened_at >= ? and c.opened_at < ? and a.status <> 'REASSIGNED'""")
			.params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(until))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** Requests whose reply was accepted in the period. */
	List<Answered> answered(Instant from, Instant until) {
		return jdbc.sql("""
				select a.agency_id, c.opened_at, a.accepted_at
				from app.assignment a join app.press_case c on c.id = a.case_id
				where a.status = 'ACCEPTED' and a.accepted_at >= ? and a.accepted_at < ?""")
			.params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(until))
			.query(Answered.class)
			.list();
	}

	/**
	 * Requests not answered at {@code until}: asked before it, neither accepted nor replied to (and awaiting review)
	 * before it, in a case not closed before it. Read again later, a past month gives the same answer.
	 */
	List<Pending> pendingAt(Instant until) {
		return jdbc.sql("""
				select a.agency_id, g.name as agency_name, c.opened_at
				from app.assignment a join app.press_case c on c.id = a.case_id join app.agency g on g.id = a.agency_id
				where c.opened_at < :until and a.status <> 'REASSIGNED'
				  and not (a.accepted_at is not null and a.accepted_at < :until)
				  and not (a.status in ('REPLIED', 'ACCEPTED') and a.replied_at is not null and a.replied_at < :until)
				  and not (c.closed_at is not null and c.closed_at < :until)
				order by g.name""")
			.param("until", java.sql.Timestamp.from(until))
			.query(Pending.class)
			.list();
	}
}
