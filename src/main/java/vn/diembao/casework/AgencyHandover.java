package vn.diembao.casework;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diembao.directory.AgencyMerged;
import vn.diembao.directory.AgencyRef;
import vn.diembao.shared.audit.AuditLog;

/**
 * When an agency is merged into another, its requests still open move to the successor with their deadlines,
 * replies and drafts: the assignment row changes agency, and the running branch its candidate group and agency code.
 * Closed cases keep the agency they were sent to. Runs inside the merge's transaction, so a merge never half happens.
 */
@Component
class AgencyHandover {

	private final JdbcClient jdbc;
	private final TaskService tasks;
	private final RuntimeService runtime;
	private final AuditLog audit;

	AgencyHandover(JdbcClient jdbc, TaskService tasks, RuntimeService runtime, AuditLog audit) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.runtime = runtime;
		this.audit = audit;
	}

	record OpenWork(long assignmentId, long caseId, String processInstanceId, boolean successorAlreadyAsked) {
	}

	@EventListener
	void on(AgencyMerged merged) {
		List<OpenWork> open = jdbc.sql("""
				select a.id as assignment_id, c.id as case_id, c.process_instance_id,
				       exists (select 1 from app.assignment b where b.case_id = a.case_id and b.agency_id = ?) as successor_already_asked
				from app.assignment a join app.press_case c on c.id = a.case_id
				where a.agency_id = ? and c.status = 'OPEN' and a.status in ('PENDING', 'RETURNED', 'REPLIED')""")
			.params(merged.intoId(), merged.fromId())
			.query(OpenWork.class)
			.list();
		for (OpenWork work : open) {
			if (work.successorAlreadyAsked()) {
				// the successor has its own request in this case: the officer decides; the old branch stays visible to them
				audit.record(merged.mergedBy(), "Cần xử lý sau sáp nhập", PressCases.AUDIT_SUBJECT, work.caseId(),
						merged.fromName() + " đã sáp nhập vào " + merged.intoName() + ", cơ quan này đã có đề nghị riêng trong hồ sơ");
				continue;
			}
			jdbc.sql("update app.assignment set agency_id = ?, version = version + 1 where id = ?")
				.params(merged.intoId(), work.assignmentId())
				.update();
			if (work.processInstanceId() != null) {
				moveBranch(work.processInstanceId(), merged);
			}
			audit.record(merged.mergedBy(), "Chuyển cơ quan do sáp nhập", PressCases.AUDIT_SUBJECT, work.caseId(),
					merged.fromName() + " → " + merged.intoName());
		}
	}

	private void moveBranch(String processInstanceId, AgencyMerged merged) {
		String oldGroup = AgencyRef.candidateGroupOf(merged.fromCode());
		String newGroup = AgencyRef.candidateGroupOf(merged.intoCode());
		for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(oldGroup).list()) {
			tasks.deleteCandidateGroup(task.getId(), oldGroup);
			tasks.addCandidateGroup(task.getId(), newGroup);
		}
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.processInstanceIdIn(processInstanceId)
			.variableName("agencyCode")
			.list()) {
			if (merged.fromCode().equals(variable.getValue())) {
				runtime.setVariableLocal(variable.getExecutionId(), "agencyCode", merged.intoCode());
			}
		}
	}
}
