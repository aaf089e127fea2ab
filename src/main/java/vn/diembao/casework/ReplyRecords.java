package vn.diembao.casework;

import java.sql.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.diembao.casework.CaseViews.AttachmentView;
import vn.diembao.casework.CaseViews.ReplyView;
import vn.diembao.casework.CaseViews.RequestView;

/** Replies, their attachments, reply drafts, and agencies' requests for extension or hand-over. */
@Repository
class ReplyRecords {

	record StoredFile(long id, long caseId, Long agencyId, String fileName, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	ReplyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new reply's id, or empty when this submission token was used before (a double submit). */
	Optional<Long> insertReply(long assignmentId, ReplyForm form, String submittedBy) {
		return jdbc.sql("""
				insert into app.reply (assignment_id, text, document_number, document_date, submitted_by, submission_token)
				values (?, ?, ?, ?, ?, ?) on conflict (submission_token) do nothing returning id""")
			.params(assignmentId, form.text().trim(), blankToNull(form.documentNumber()),
					form.documentDate() == null ? null : Date.valueOf(form.documentDate()), submittedBy,
					blankToNull(form.submissionToken()) == null ? null : form.submissionToken().trim())
			.query(Long.class)
			.optional();
	}

	boolean submissionTokenUsed(String token) {
		return token != null && !token.isBlank()
				&& jdbc.sql("select exists (select 1 from app.reply where submission_token = ?)").param(token.trim())
					.query(Boolean.class).single();
	}

	List<ReplyView> replies(long assignmentId) {
		return jdbc.sql("""
				select id, assignment_id, text, document_number, document_date, submitted_by, submitted_at, review_outcome,
				       review_comment, reviewed_by
				from app.reply where assignment_id = ? order by submitted_at, id""")
			.param(assignmentId)
			.query((rs, i) -> new ReplyView(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("text"),
					rs.getString("document_number"), rs.getObject("document_date", java.time.LocalDate.class),
					rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("review_outcome"),
					rs.getString("review_comment"), rs.getString("reviewed_by"), attachments(rs.getLong("id"))))
			.list();
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

	void insertAttachment(long replyId, long caseId, long agencyId, CheckedUpload upload, String uploadedBy) {
		jdbc.sql("""
				insert into app.attachment (reply_id, case_id, agency_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(replyId, caseId, agencyId, upload.fileName(), upload.contentType(), upload.content().length,
					upload.sha256(), upload.content(), uploadedBy)
			.update();
	}

	private List<AttachmentView> attachments(long replyId) {
		return jdbc.sql("select id, file_name, content_type, size_bytes, sha256 from app.attachment where reply_id = ? order by id")
			.param(replyId)
			.query(AttachmentView.class)
			.list();
	}

	/** An attachment, if the user's agency filter (null = all) lets them see it. */
	Optional<StoredFile> attachment(long id, Long agencyId) {
		return jdbc.sql("""
				select id, case_id, agency_id, file_name, content_type, content from app.attachment
				where id = :id and (cast(:agency as bigint) is null or agency_id = :agency)""")
			.param("id", id)
			.param("agency", agencyId)
			.query(StoredFile.class)
			.optional();
	}

	Optional<ReplyForm> draft(long assignmentId) {
		return jdbc.sql("select text, document_number, document_date, version from app.reply_draft where assignment_id = ?")
			.param(assignmentId)
			.query((rs, i) -> new ReplyForm(rs.getString("text"), rs.getString("document_number"),
					rs.getObject("document_date", java.time.LocalDate.class), null, rs.getInt("version")))
			.optional();
	}

	/** Saves the draft if nobody saved a newer one since the form was loaded (optimistic lock). */
	boolean saveDraft(long assignmentId, ReplyForm form, String savedBy) {
		int expected = form.draftVersion() == null ? 0 : form.draftVersion();
		int updated = jdbc.sql("""
				update app.reply_draft set text = ?, document_number = ?, document_date = ?, saved_by = ?, saved_at = now(),
				       version = version + 1
				where assignment_id = ? and version = ?""")
			.params(nullToEmpty(form.text()), blankToNull(form.documentNumber()),
					form.documentDate() == null ? null : Date.valueOf(form.documentDate()), savedBy, assignmentId, expected)
			.update();
		if (updated == 1) {
			return true;
		}
		return expected == 0 && jdbc.sql("""
				insert into app.reply_draft (assignment_id, text, document_number, document_date, saved_by, version)
				values (?, ?, ?, ?, ?, 1) on conflict (assignment_id) do nothing""")
			.params(assignmentId, nullToEmpty(form.text()), blankToNull(form.documentNumber()),
					form.documentDate() == null ? null : Date.valueOf(form.documentDate()), savedBy)
			.update() == 1;
	}

	void deleteDraft(long assignmentId) {
		jdbc.sql("delete from app.reply_draft where assignment_id = ?").param(assignmentId).update();
	}

	long insertRequest(long assignmentId, AssignmentRequest request, String requestedBy) {
		return jdbc.sql("""
				insert into app.assignment_request (assignment_id, kind, reason, proposed_deadline, proposed_agency_id, requested_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(assignmentId, request.kind().name(), request.reason().trim(),
					request.proposedDeadline() == null ? null : Date.valueOf(request.proposedDeadline()),
					request.proposedAgencyId(), requestedBy)
			.query(Long.class)
			.single();
	}

	Optional<RequestView> openRequest(long assignmentId, AssignmentRequest.Kind kind) {
		return jdbc.sql("""
				select r.id, r.kind, r.reason, r.proposed_deadline, r.proposed_agency_id, g.name as proposed_agency_name,
				       r.requested_by, r.requested_at, r.decision, r.decided_by, r.decision_note
				from app.assignment_request r left join app.agency g on g.id = r.proposed_agency_id
				where r.assignment_id = ? and r.kind = ? and r.decision is null order by r.id desc limit 1""")
			.params(assignmentId, kind.name())
			.query(RequestView.class)
			.optional();
	}

	List<RequestView> requests(long assignmentId) {
		return jdbc.sql("""
				select r.id, r.kind, r.reason, r.proposed_deadline, r.proposed_agency_id, g.name as proposed_agency_name,
				       r.requested_by, r.requested_at, r.decision, r.decided_by, r.decision_note
				from app.assignment_request r left join app.agency g on g.id = r.proposed_agency_id
				where r.assignment_id = ? order by r.id""")
			.param(assignmentId)
			.query(RequestView.class)
			.list();
	}

	void decideRequest(long requestId, boolean approved, String decidedBy, String note) {
		jdbc.sql("""
				update app.assignment_request set decision = ?, decided_by = ?, decided_at = now(), decision_note = ?
				where id = ? and decision is null""")
			.params(approved ? "APPROVED" : "DENIED", decidedBy, blankToNull(note), requestId)
			.update();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
