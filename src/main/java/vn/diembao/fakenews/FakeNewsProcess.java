package vn.diembao.fakenews;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.diembao.casework.CaseClosed;
import vn.diembao.shared.audit.AuditLog;

/** fake-news.bpmn's service task, and the bridge from casework: a verification case closing moves the report on. */
@Component("fakeNewsProcess")
public class FakeNewsProcess {

	private final FakeNewsRecords records;
	private final RuntimeService runtime;
	private final AuditLog audit;
	private final ReporterNotifier notifier;

	FakeNewsProcess(FakeNewsRecords records, RuntimeService runtime, AuditLog audit, ReporterNotifier notifier) {
		this.records = records;
		this.runtime = runtime;
		this.audit = audit;
		this.notifier = notifier;
	}

	public void publish(Long reportId) {
		records.publish(reportId);
		audit.record("hệ thống", "Công bố kết luận", FakeNewsIntake.AUDIT_SUBJECT, reportId, "/tin-gia/" + reportId);
		notifier.conclusionPublished(records.find(reportId).orElseThrow(), records.reporterContacts(reportId));
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		records.byVerificationCase(closed.caseId()).ifPresent(report -> {
			audit.record("hệ thống", "Cơ quan đã xác minh", FakeNewsIntake.AUDIT_SUBJECT, report.id(), "Hồ sơ " + closed.caseId());
			runtime.createMessageCorrelation("verificationCompleted")
				.processInstanceBusinessKey("report-" + report.id())
				.correlateAll();
		});
	}
}
