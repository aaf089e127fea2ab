package vn.diembao.bulletin;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine side of an edition: one process instance per edition, business key = bulletin id, so its open task is
 * found without process variables beyond the id.
 */
@Component
class BulletinWorkflow {

	static final String PROCESS = "bulletin";
	static final String EDITION_REQUESTED = "bulletinEditionRequested";
	static final String CURATE = "curate";
	static final String CURATE_BEFORE_AUTO_PUBLISH = "curateBeforeAutoPublish";
	static final String APPROVE = "approve";

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final Bulletins bulletins;

	BulletinWorkflow(RuntimeService runtime, TaskService tasks, Bulletins bulletins) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.bulletins = bulletins;
	}

	void start(long bulletinId) {
		runtime.startProcessInstanceByMessage(EDITION_REQUESTED, String.valueOf(bulletinId), Map.of("bulletinId", bulletinId));
	}

	Optional<Task> openTask(long bulletinId) {
		return tasks.createTaskQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(String.valueOf(bulletinId))
			.active().list().stream().findFirst();
	}

	/** The officer hands the draft on: to the leader, or (kinds without approval) straight to publication. */
	@Transactional
	void submit(long bulletinId, String officer) {
		Task task = task(bulletinId, CURATE, CURATE_BEFORE_AUTO_PUBLISH);
		if (task.getTaskDefinitionKey().equals(CURATE)) {
			bulletins.submit(bulletinId, officer);
		}
		tasks.complete(task.getId());
	}

	@Transactional
	void approve(long bulletinId, String leader) {
		Task task = task(bulletinId, APPROVE);
		bulletins.approve(bulletinId, leader);
		tasks.complete(task.getId(), Map.of("approved", true));
	}

	@Transactional
	void returnForChanges(long bulletinId, String comment, String leader) {
		if (comment == null || comment.isBlank()) {
			throw new IllegalArgumentException("Cần ghi ý kiến khi trả lại");
		}
		Task task = task(bulletinId, APPROVE);
		bulletins.returnForChanges(bulletinId, comment.strip(), leader);
		tasks.complete(task.getId(), Map.of("approved", false));
	}

	@Transactional
	long correct(long bulletinId, String note, String officer) {
		long revision = bulletins.correct(bulletinId, note, officer);
		start(revision);
		return revision;
	}

	private Task task(long bulletinId, String... keys) {
		Task task = openTask(bulletinId).orElseThrow(() -> new IllegalStateException("Bản tin không có việc đang chờ"));
		for (String key : keys) {
			if (key.equals(task.getTaskDefinitionKey())) {
				return task;
			}
		}
		throw new IllegalStateException("Bản tin đang ở bước “" + task.getName() + "”");
	}
}
