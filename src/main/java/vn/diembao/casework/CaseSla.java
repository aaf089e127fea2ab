package vn.diembao.casework;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Answer times by severity, decided by {@code bpmn/case-sla.dmn} so administrators can change them without code. */
@Component
public class CaseSla {

	/** Press Law 2016, art. 39: a press question must be answered within 30 days. */
	static final int PRESS_LAW_LIMIT_DAYS = 30;

	public record Sla(int workingDays, int reminderDaysBefore, int overdueReminderEvery) {
	}

	private final DecisionService decisions;

	CaseSla(DecisionService decisions) {
		this.decisions = decisions;
	}

	public Sla of(Severity severity) {
		DmnDecisionResultEntries result = decisions.evaluateDecisionByKey("caseSla")
			.variables(Map.of("severity", severity.name()))
			.evaluate()
			.getSingleResult();
		int days = ((Number) result.getEntry("workingDays")).intValue();
		if (days <= 0 || days > PRESS_LAW_LIMIT_DAYS) {
			throw new IllegalStateException("case-sla.dmn cho " + days + " ngày: phải từ 1 đến " + PRESS_LAW_LIMIT_DAYS);
		}
		return new Sla(days, ((Number) result.getEntry("reminderDaysBefore")).intValue(),
				((Number) result.getEntry("overdueReminderEvery")).intValue());
	}
}
