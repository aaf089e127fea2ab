package vn.diembao.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.diembao.shared.audit.AuditLog;

/** Read models of cases as pages and the API show them. */
public final class CaseViews {

	private CaseViews() {
	}

	public record CaseSummary(long id, String articleTitle, String outletName, String status, LocalDate deadline,
			Instant openedAt, String agencies) {

		public boolean closed() {
			return "CLOSED".equals(status);
		}
	}

	public record CaseDetail(long id, Long articleId, String articleTitle, String articleUrl, String outletName,
			String issue, String severity, String status, LocalDate deadline, String openedBy, Instant openedAt,
			Instant closedAt, List<AssignmentView> assignments, List<ReviewTask> reviewTasks,
			List<AuditLog.Entry> history) {

		public boolean closed() {
			return "CLOSED".equals(status);
		}
	}

	public record AssignmentView(long id, long agencyId, String agencyCode, String agencyName, String status,
			LocalDate deadline, boolean overdue, List<ReplyView> replies) {
	}

	public record ReplyView(long id, long assignmentId, String text, String documentNumber, LocalDate documentDate,
			String submittedBy, Instant submittedAt, String reviewOutcome, String reviewComment, String reviewedBy) {
	}

	public record ReviewTask(String taskId, long assignmentId, String agencyName) {
	}

	public record AgencyTask(String taskId, long caseId, long assignmentId, String articleTitle, String articleUrl,
			String outletName, String issue, LocalDate deadline, boolean overdue, String returnComment) {
	}
}
