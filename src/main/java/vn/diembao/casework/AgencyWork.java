package vn.diembao.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.diembao.casework.CaseViews.AgencyTask;
import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.WorkingCalendar;
import vn.diembao.shared.audit.AuditLog;

/**
 * “Việc cần xử lý”: an agency's open verify-and-reply tasks and what it can do with them — reply, ask for more time,
 * propose another agency, keep a draft. Every task lookup is constrained to the user's own agency.
 */
@Service
public class AgencyWork {

	private final CaseTasks caseTasks;
	private final CaseRecords records;
	private final ReplyRecords replies;
	private final WorkingCalendar calendar;
	private final CaseNotifier notifier;
	private final AuditLog audit;

	AgencyWork(CaseTasks caseTasks, CaseRecords records, ReplyRecords replies, WorkingCalendar calendar,
			CaseNotifier notifier, AuditLog audit) {
		this.caseTasks = caseTasks;
		this.records = records;
		this.replies = replies;
		this.calendar = calendar;
		this.notifier = notifier;
		this.audit = audit;
	}

	/** One task query (constrained to the agency's group) and one query of our records, however long the list. */
	public List<AgencyTask> tasksFor(CurrentUser user) {
		AgencyRef agency = agencyOf(user);
		Map<String, CaseRecords.OpenAssignment> byProcess = records.openAssignments(agency.id()).stream()
			.collect(Collectors.toMap(CaseRecords.OpenAssignment::processInstanceId, a -> a, (a, b) -> a));
		LocalDate today = LocalDate.now(CaseSchedule.VIETNAM);
		return caseTasks.agencyTasks(agency.candidateGroup()).stream()
			.filter(task -> byProcess.containsKey(task.getProcessInstanceId()))
			.map(task -> {
				var a = byProcess.get(task.getProcessInstanceId());
				return new AgencyTask(task.getId(), a.caseId(), a.assignmentId(), a.articleTitle(), a.articleUrl(),
						a.outletName(), a.issue(), a.deadline(), calendar.workingDaysBetween(today, a.deadline()), a.overdue(),
						a.returnComment());
			})
			.toList();
	}

	/** The task if it belongs to the user's agency; empty otherwise, whoever else it belongs to. */
	public Optional<AgencyTask> task(String taskId, CurrentUser user) {
		return caseTasks.agencyTask(taskId, agencyOf(user).candidateGroup()).map(this::toView);
	}

	/** The saved draft of this task's reply, or a blank form. */
	public ReplyForm draftOrBlank(String taskId, CurrentUser user, String submissionToken) {
		var assignment = assignmentOf(findTask(taskId, user));
		return replies.draft(assignment.id()).map(draft -> draft.withToken(submissionToken))
			.orElse(ReplyForm.blank(submissionToken));
	}

	/** Saves the draft; false when someone saved a newer version meanwhile (nothing is overwritten). */
	@Transactional
	public boolean saveDraft(String taskId, ReplyForm form, CurrentUser user) {
		return replies.saveDraft(assignmentOf(findTask(taskId, user)).id(), form, user.username());
	}

	/**
	 * Submits the reply with its attachments. A second submit of the same form (same token) is ignored; a submit
	 * for a task already completed by a colleague gets a clear “not found”.
	 */
	@Transactional
	public void reply(String taskId, ReplyForm form, List<MultipartFile> files, CurrentUser user) {
		List<CheckedUpload> uploads = checkedUploads(files);
		if (replies.submissionTokenUsed(form.submissionToken())) {
			return; // the same form sent twice: the first submit already did everything
		}
		Task task = findTask(taskId, user);
		var assignment = assignmentOf(task);
		Optional<Long> replyId = replies.insertReply(assignment.id(), form, user.username());
		if (replyId.isEmpty()) {
			return;
		}
		uploads.forEach(upload -> replies.insertAttachment(replyId.get(), assignment.caseId(), assignment.agencyId(), upload,
				user.username()));
		replies.deleteDraft(assignment.id());
		records.setAssignmentStatus(assignment.id(), "REPLIED");
		audit.record(user.username(), "Gửi phản hồi", PressCases.AUDIT_SUBJECT, assignment.caseId(), assignment.agencyName()
				+ (form.documentNumber() == null || form.documentNumber().isBlank() ? "" : ", văn bản số " + form.documentNumber())
				+ (uploads.isEmpty() ? "" : ", " + uploads.size() + " tệp đính kèm"));
		notifier.toRole(Role.OFFICER, CaseMessages.replied(assignment.caseId(), records.titleOf(assignment.caseId()), assignment.agencyName()));
		caseTasks.complete(task, "agencyAction", "REPLY");
	}

	/** Asks the officer for more time or to hand the request over to another agency. */
	@Transactional
	public void request(String taskId, AssignmentRequest request, CurrentUser user) {
		Task task = findTask(taskId, user);
		var assignment = assignmentOf(task);
		if (request.kind() == AssignmentRequest.Kind.EXTENSION && !request.proposedDeadline().isAfter(assignment.deadline())) {
			throw new IllegalArgumentException("Thời hạn đề nghị phải sau hạn hiện tại (" + assignment.deadline() + ")");
		}
		if (request.kind() == AssignmentRequest.Kind.REASSIGNMENT && request.proposedAgencyId() == assignment.agencyId()) {
			throw new IllegalArgumentException("Hãy chọn một cơ quan khác");
		}
		replies.insertRequest(assignment.id(), request, user.username());
		String what = request.kind() == AssignmentRequest.Kind.EXTENSION ? "xin gia hạn đến " + request.proposedDeadline()
				: "đề xuất chuyển cơ quan khác";
		audit.record(user.username(), request.kind() == AssignmentRequest.Kind.EXTENSION ? "Xin gia hạn" : "Đề xuất chuyển cơ quan",
				PressCases.AUDIT_SUBJECT, assignment.caseId(), assignment.agencyName() + ": " + request.reason().trim());
		notifier.toRole(Role.OFFICER, CaseMessages.requestSubmitted(assignment.caseId(), records.titleOf(assignment.caseId()),
				assignment.agencyName(), what));
		caseTasks.complete(task, "agencyAction", request.kind().name());
	}

	private Task findTask(String taskId, CurrentUser user) {
		return caseTasks.agencyTask(taskId, agencyOf(user).candidateGroup())
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy việc cần xử lý " + taskId
					+ " (có thể đã được xử lý)"));
	}

	private CaseRecords.AssignmentRow assignmentOf(Task task) {
		return records.assignment(caseTasks.caseIdOf(task), caseTasks.agencyCodeOf(task)).orElseThrow();
	}

	private AgencyTask toView(Task task) {
		var assignment = assignmentOf(task);
		var row = records.find(assignment.caseId(), null).orElseThrow();
		String returnComment = "RETURNED".equals(assignment.status())
				? replies.latestReturnComment(assignment.id()).orElse(null) : null;
		int daysLeft = calendar.workingDaysBetween(LocalDate.now(CaseSchedule.VIETNAM), assignment.deadline());
		return new AgencyTask(task.getId(), assignment.caseId(), assignment.id(), row.articleTitle(), row.articleUrl(),
				row.outletName(), row.issue(), assignment.deadline(), daysLeft, assignment.overdue(), returnComment);
	}


	private static List<CheckedUpload> checkedUploads(List<MultipartFile> files) {
		List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (present.size() > CheckedUpload.MAX_FILES) {
			throw new IllegalArgumentException("Tối đa " + CheckedUpload.MAX_FILES + " tệp đính kèm cho một phản hồi");
		}
		return present.stream().map(CheckedUpload::of).toList();
	}

	private static AgencyRef agencyOf(CurrentUser user) {
		if (user.agency() == null) {
			throw new CaseNotFoundException("Tài khoản chưa được gắn với cơ quan nào");
		}
		return user.agency();
	}
}
