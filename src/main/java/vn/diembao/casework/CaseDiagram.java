package vn.diembao.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Service;

import vn.diembao.directory.CurrentUser;

/** Where a case stands in its process, for the diagram on the case page (bpmn-js viewer). */
@Service
class CaseDiagram {

	record Position(String processDefinitionId, List<String> active, List<String> completed) {
	}

	private final CaseRecords records;
	private final RuntimeService runtime;
	private final HistoryService history;
	private final RepositoryService repository;

	CaseDiagram(CaseRecords records, RuntimeService runtime, HistoryService history, RepositoryService repository) {
		this.records = records;
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
	}

	/** The latest process of the case, if the user may see the case at all. */
	Optional<Position> position(long caseId, CurrentUser user) {
		return records.find(caseId, PressCases.agencyFilter(user))
			.filter(row -> row.processInstanceId() != null)
			.map(row -> {
				String instance = row.processInstanceId();
				var activities = history.createHistoricActivityInstanceQuery().processInstanceId(instance).list();
				String definition = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
					.getProcessDefinitionId();
				List<String> active = runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0 ? List.of()
						: runtime.getActiveActivityIds(instance);
				List<String> completed = activities.stream().filter(a -> a.getEndTime() != null)
					.map(HistoricActivityInstance::getActivityId).distinct().toList();
				return new Position(definition, active, completed);
			});
	}

	String bpmnXml(String processDefinitionId) {
		try (InputStream model = repository.getProcessModel(processDefinitionId)) {
			return new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
