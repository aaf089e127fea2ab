package vn.diembao.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.shared.audit.AuditLog;

/** “Thẩm định phản hồi”: the officer accepts a reply, or returns it to the agency with comments. */
@Service
public class CaseReview {

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final CaseRecords records;
	private final AuditLog audit;

	CaseReview(TaskService tasks, RuntimeService runtime, CaseRecords records, AuditLog audit) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.records = records;
		this.audit = audit;
	}

	@Transactional
	public long review(String taskId, boolean accepted, String comment, CurrentUser officer) {
		if (!officer.has(Role.OFFICER)) {
			throw new CaseNotFoundException("Không tìm thấy việc thẩm định " + taskId);
		}
		if (!accepted && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("Khi trả lại, hãy ghi rõ nội dung cần bổ sung");
		}
		Task task = tasks.createTaskQuery().taskId(taskId).taskDefinitionKey("reviewReply").singleResult();
		if (task == null) {
			throw new CaseNotFoundException("Việc thẩm định " + taskId + " không còn (có thể đã được người khác xử lý)");
		}
		long caseId = ((Number) runtime.getVariable(task.getProcessInstanceId(), "caseId")).longValue();
		String agencyCode = (String) runtime.getVariable(task.getExecutionId(), "agencyCode");
		var assignment = records.assignment(caseId, agencyCode).orElseThrow();
		records.reviewLatestReply(assignment.id(), accepted, comment, officer.username());
		records.setAssignmentStatus(assignment.id(), accepted ? "ACCEPTED" : "RETURNED");
		audit.record(officer.username(), accepted ? "Chấp nhận phản hồi" : "Trả lại phản hồi", PressCases.AUDIT_SUBJECT,
				caseId, agencyCode + (accepted ? "" : ": " + comment.trim()));
		// local to this agency's branch, so parallel reviews of other agencies do not see it
		runtime.setVariableLocal(task.getExecutionId(), "replyAccepted", accepted);
		tasks.complete(task.getId());
		return caseId;
	}
}
