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
			Instant openedAt, String agencies, boolean overdue) {

		public boolean closed() {
			return "CLOSED".equals(status);
		}
	}

	public record CaseDetail(long id, Long articleId, String articleTitle, String articleUrl, String outletName,
			String issue, String severity, String status, LocalDate deadline, String openedBy, Instant openedAt,
			Instant closedAt, String leadAgencyName, String sourceReference, Instant outletInformedAt,
			String outletFollowupUrl, List<AssignmentView> assignments, List<OfficerTask> officerTasks,
			List<AuditLog.Entry> history) {

		public boolean closed() {
			return "CLOSED".equals(status);
		}
	}

	public record AssignmentView(long id, long agencyId, String agencyCode, String agencyName, String status,
			LocalDate deadline, boolean overdue, List<ReplyView> replies, List<RequestView> requests) {

		public String statusLabel() {
			return switch (status) {
				case "ACCEPTED" -> "Đã chấp nhận";
				case "REPLIED" -> "Đã phản hồi, chờ thẩm định";
				case "RETURNED" -> "Trả lại, chờ bổ sung";
				case "REASSIGNED" -> "Đã chuyển cơ quan khác";
				default -> "Chờ phản hồi";
			};
		}
	}

	public record ReplyView(long id, long assignmentId, String text, String documentNumber, LocalDate documentDate,
			String submittedBy, Instant submittedAt, String reviewOutcome, String reviewComment, String reviewedBy,
			List<AttachmentView> attachments) {
	}

	public record AttachmentView(long id, String fileName, String contentType, int sizeBytes, String sha256) {
	}

	public record RequestView(long id, String kind, String reason, LocalDate proposedDeadline, Long proposedAgencyId,
			String proposedAgencyName, String requestedBy, Instant requestedAt, String decision, String decidedBy,
			String decisionNote) {

		public String label() {
			return "EXTENSION".equals(kind) ? "Xin gia hạn đến " + proposedDeadline : "Đề xuất chuyển " + proposedAgencyName;
		}
	}

	/** An officer's open task on a case: review a reply, or decide an extension or a hand-over. */
	public record OfficerTask(String taskId, String kind, long assignmentId, String agencyName, RequestView request) {
	}

	public record AgencyTask(String taskId, long caseId, long assignmentId, String articleTitle, String articleUrl,
			String outletName, String issue, LocalDate deadline, int workingDaysLeft, boolean overdue,
			String returnComment) {
	}

	public record OverdueAssignment(long caseId, String articleTitle, String agencyName, LocalDate deadline,
			int remindersSent) {
	}

	/**
	 * One agency's cases over a period, as the weekly and monthly bulletins report them: requests sent in the
	 * period, answers accepted in the period, and requests overdue when asked.
	 */
	public record AgencyPeriodStatus(String agencyName, long sent, long answered, long overdue) {
	}

	/**
	 * Requests to agencies over a period, counted per request (one agency asked about one item): asked in cases
	 * opened in the period; answered (reply accepted) in the period, some possibly asked in earlier periods; still
	 * unanswered at the end of the period, earlier periods' included. Requests handed over to another agency count
	 * once, under the agency that has them now.
	 */
	public record ResponseTally(long askedItems, long askedAgencies, long answeredItems, long answeredAgencies,
			long answeredCarriedOver, long pendingItems, long pendingAgencies, long pendingCarriedOver,
			List<String> pendingAgencyNames, Double averageWorkingDaysToAnswer) {

		public boolean someAnsweredFromEarlier() {
			return answeredCarriedOver > 0;
		}
	}

	public record AgencyLoad(long agencyId, String agencyName, long open, long overdue, long answeredThisMonth) {
	}
}
