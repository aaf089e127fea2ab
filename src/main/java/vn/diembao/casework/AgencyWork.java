package vn.diembao.casework;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.CaseViews.AgencyTask;
import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.CurrentUser;
import vn.diembao.shared.audit.AuditLog;

/** “Việc cần xử lý”: an agency's open verify-and-reply tasks. Every task query is constrained to the agency's group. */
@Service
public class AgencyWork {

	private final TaskService tasks;
	private final RuntimeService runtime;
	private final CaseRecords records;
	private final AuditLog audit;

	AgencyWork(TaskService tasks, RuntimeService runtime, CaseRecords records, AuditLog audit) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.records = records;
		this.audit = audit;
	}

	public List<AgencyTask> tasksFor(CurrentUser user) {
		return tasks.createTaskQuery()
			.taskCandidateGroup(agencyOf(user).candidateGroup())
			.taskDefinitionKey("verifyAndReply")
			.orderByTaskCreateTime().desc()
			.list()
			.stream()
			.map(this::toView)
			.toList();
	}

	/** The task if it belongs to the user's agency; empty otherwise, whoever else it belongs to. */
	public Optional<AgencyTask> task(String taskId, CurrentUser user) {
		return findTask(taskId, agencyOf(user)).map(this::toView);
	}

	@Transactional
	public void reply(String taskId, ReplyForm form, CurrentUser user) {
		AgencyRef agency = agencyOf(user);
		Task task = findTask(taskId, agency)
			.orElseThrow(() -> new CaseNotFoundException("Không tìm thấy việc cần xử lý " + taskId));
		long caseId = caseIdOf(task);
		var assignment = records.assignment(caseId, agency.code()).orElseThrow();
		records.insertReply(assignment.id(), form, user.username());
		records.setAssignmentStatus(assignment.id(), "REPLIED");
		audit.record(user.username(), "Gửi phản hồi", PressCases.AUDIT_SUBJECT, caseId, agency.name()
				+ (form.documentNumber() == null || form.documentNumber().isBlank() ? "" : ", văn bản số " + form.documentNumber()));
		tasks.complete(task.getId());
	}

	private Optional<Task> findTask(String taskId, AgencyRef agency) {
		return Optional.ofNullable(tasks.createTaskQuery()
			.taskId(taskId)
			.taskCandidateGroup(agency.candidateGroup())
			.taskDefinitionKey("verifyAndReply")
			.singleResult());
	}

	private AgencyTask toView(Task task) {
		long caseId = caseIdOf(task);
		var row = records.find(caseId, null).orElseThrow();
		String agencyCode = (String) runtime.getVariable(task.getExecutionId(), "agencyCode");
		var assignment = records.assignment(caseId, agencyCode).orElseThrow();
		var detail = records.assignments(caseId, assignment.agencyId()).get(0);
		String returnComment = "RETURNED".equals(assignment.status())
				? records.latestReturnComment(assignment.id()).orElse(null) : null;
		return new AgencyTask(task.getId(), caseId, assignment.id(), row.articleTitle(), row.articleUrl(), row.outletName(),
				row.issue(), detail.deadline(), detail.overdue(), returnComment);
	}

	private long caseIdOf(Task task) {
		return ((Number) runtime.getVariable(task.getProcessInstanceId(), "caseId")).longValue();
	}

	private static AgencyRef agencyOf(CurrentUser user) {
		if (user.agency() == null) {
			throw new CaseNotFoundException("Tài khoản chưa được gắn với cơ quan nào");
		}
		return user.agency();
	}
}
