package vn.diembao.casework;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.shared.audit.AuditLog;

/** The officer's decisions on a case: review a reply (“Thẩm định phản hồi”), an extension, a hand-over. */
@Service
public class CaseDecisions {

	private final CaseTasks caseTasks;
	private final CaseRecords records;
	private final ReplyRecords replies;
	private final Agencies agencies;
	private final RuntimeService runtime;
	private final CaseNotifier notifier;
	private final AuditLog audit;

	CaseDecisions(CaseTasks caseTasks, CaseRecords records, ReplyRecords replies, Agencies agencies,
			RuntimeService runtime, CaseNotifier notifier, AuditLog audit) {
		this.caseTasks = caseTasks;
		this.records = records;
		this.replies = replies;
		this.agencies = agencies;
		this.runtime = runtime;
		this.notifier = notifier;
		this.audit = audit;
	}

	/** Accepts the reply, or returns it to the agency with comments; returns the case id. */
	@Transactional
	public long review(String taskId, boolean accepted, String comment, CurrentUser officer) {
		if (!accepted && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("Khi trả lại, hãy ghi rõ nội dung cần bổ sung");
		}
		Task task = officerTask(taskId, CaseTasks.REVIEW_REPLY, officer);
		var assignment = assignmentOf(task);
		replies.reviewLatestReply(assignment.id(), accepted, comment, officer.username());
		records.setAssignmentStatus(assignment.id(), accepted ? "ACCEPTED" : "RETURNED");
		audit.record(officer.username(), accepted ? "Chấp nhận phản hồi" : "Trả lại phản hồi", PressCases.AUDIT_SUBJECT,
				assignment.caseId(), assignment.agencyName() + (accepted ? "" : ": " + comment.trim()));
		if (!accepted) {
			notifier.toAgency(assignment, CaseMessages.returned(assignment.caseId(), records.titleOf(assignment.caseId()), comment.trim()));
		}
		caseTasks.complete(task, "replyAccepted", accepted);
		return assignment.caseId();
	}

	/** Approves the requested (or another) new deadline, or keeps the current one. */
	@Transactional
	public long decideExtension(String taskId, boolean approved, LocalDate newDeadline, String note, CurrentUser officer) {
		Task task = officerTask(taskId, CaseTasks.DECIDE_EXTENSION, officer);
		var assignment = assignmentOf(task);
		var request = replies.openRequest(assignment.id(), AssignmentRequest.Kind.EXTENSION)
			.orElseThrow(() -> new CaseNotFoundException("Không còn đề nghị gia hạn nào chờ xét"));
		LocalDate deadline = assignment.deadline();
		if (approved) {
			deadline = newDeadline != null ? newDeadline : request.proposedDeadline();
			if (!deadline.isAfter(assignment.deadline())) {
				throw new IllegalArgumentException("Hạn mới phải sau hạn hiện tại (" + assignment.deadline() + ")");
			}
			records.extendDeadline(assignment.id(), deadline);
		}
		replies.decideRequest(request.id(), approved, officer.username(), note);
		audit.record(officer.username(), approved ? "Đồng ý gia hạn" : "Không đồng ý gia hạn", PressCases.AUDIT_SUBJECT,
				assignment.caseId(), assignment.agencyName() + (approved ? " đến " + deadline : ""));
		notifier.toAgency(assignment, CaseMessages.extensionDecided(assignment.caseId(), records.titleOf(assignment.caseId()), approved, deadline));
		caseTasks.complete(task, "extensionApproved", approved);
		return assignment.caseId();
	}

	/**
	 * Hands the request over to the proposed agency — a new branch of the running process starts for it before this
	 * agency's branch ends, so the case never closes in between — or keeps it with the current agency.
	 */
	@Transactional
	public long decideReassignment(String taskId, boolean approved, String note, CurrentUser officer) {
		Task task = officerTask(taskId, CaseTasks.DECIDE_REASSIGNMENT, officer);
		var assignment = assignmentOf(task);
		var request = replies.openRequest(assignment.id(), AssignmentRequest.Kind.REASSIGNMENT)
			.orElseThrow(() -> new CaseNotFoundException("Không còn đề xuất chuyển cơ quan nào chờ xét"));
		replies.decideRequest(request.id(), approved, officer.username(), note);
		if (approved) {
			AgencyRef successor = agencies.byId(request.proposedAgencyId()).orElseThrow();
			var handedOver = records.assignment(assignment.caseId(), successor.code());
			if (handedOver.isPresent() && !"REASSIGNED".equals(handedOver.get().status())) {
				throw new IllegalArgumentException(successor.name() + " đã được đề nghị trong hồ sơ này");
			}
			records.upsertAssignment(assignment.caseId(), successor.id(), assignment.deadline());
			records.setAssignmentStatus(assignment.id(), "REASSIGNED");
			runtime.createProcessInstanceModification(task.getProcessInstanceId())
				.startBeforeActivity("agencyAssignment")
				.setVariableLocal("agencyCode", successor.code())
				.execute();
			var successorAssignment = records.assignment(assignment.caseId(), successor.code()).orElseThrow();
			notifier.toAgency(successorAssignment, CaseMessages.requested(assignment.caseId(), records.titleOf(assignment.caseId()),
					records.find(assignment.caseId(), null).orElseThrow().issue(), successorAssignment.deadline()));
		}
		audit.record(officer.username(), approved ? "Chuyển cơ quan khác" : "Không đồng ý chuyển cơ quan",
				PressCases.AUDIT_SUBJECT, assignment.caseId(), assignment.agencyName()
						+ (approved ? " → " + request.proposedAgencyName() : ""));
		caseTasks.complete(task, "reassignmentApproved", approved);
		return assignment.caseId();
	}

	private Task officerTask(String taskId, String definitionKey, CurrentUser officer) {
		if (!officer.has(Role.OFFICER)) {
			throw new CaseNotFoundException("Không tìm thấy việc " + taskId);
		}
		return caseTasks.officerTask(taskId, definitionKey)
			.orElseThrow(() -> new CaseNotFoundException("Việc " + taskId + " không còn (có thể đã được người khác xử lý)"));
	}

	private CaseRecords.AssignmentRow assignmentOf(Task task) {
		return records.assignment(caseTasks.caseIdOf(task), caseTasks.agencyCodeOf(task)).orElseThrow();
	}

}
