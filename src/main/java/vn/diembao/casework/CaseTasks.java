package vn.diembao.casework;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Camunda task lookups and completions of the press-response process, in one place. */
@Component
class CaseTasks {

	static final String VERIFY_AND_REPLY = "verifyAndReply";
	static final String REVIEW_REPLY = "reviewReply";
	static final String DECIDE_EXTENSION = "decideExtension";
	static final String DECIDE_REASSIGNMENT = "decideReassignment";

	private final TaskService tasks;
	private final RuntimeService runtime;

	CaseTasks(TaskService tasks, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
	}

	/** The agency's open tasks; always constrained to the agency's candidate group. */
	List<Task> agencyTasks(String candidateGroup) {
		return tasks.createTaskQuery().taskCandidateGroup(candidateGroup).taskDefinitionKey(VERIFY_AND_REPLY)
			.orderByTaskCreateTime().desc().list();
	}

	Optional<Task> agencyTask(String taskId, String candidateGroup) {
		return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).taskCandidateGroup(candidateGroup)
			.taskDefinitionKey(VERIFY_AND_REPLY).singleResult());
	}

	Optional<Task> officerTask(String taskId, String definitionKey) {
		return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).taskCandidateGroup("OFFICER")
			.taskDefinitionKey(definitionKey).singleResult());
	}

	List<Task> officerTasks(String processInstanceId) {
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup("OFFICER").list();
	}

	long caseIdOf(Task task) {
		return ((Number) runtime.getVariable(task.getProcessInstanceId(), "caseId")).longValue();
	}

	String agencyCodeOf(Task task) {
		return (String) runtime.getVariable(task.getExecutionId(), "agencyCode");
	}

	/**
	 * Completes a task with a decision. The variable is declared local to the agency's branch (an input mapping of
	 * the sub-process), so setting it from the task lands there and parallel branches never see it.
	 */
	void complete(Task task, String variable, Object value) {
		runtime.setVariable(task.getExecutionId(), variable, value);
		tasks.complete(task.getId());
	}
}
