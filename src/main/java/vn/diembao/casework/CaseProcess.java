package vn.diembao.casework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.diembao.shared.audit.AuditLog;

/** The press-response process's service tasks ({@code ${caseProcess...}}): thin calls into our records. */
@Component("caseProcess")
public class CaseProcess {

	private static final Logger log = LoggerFactory.getLogger(CaseProcess.class);
	private static final String SYSTEM = "hệ thống";

	private final CaseRecords records;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	CaseProcess(CaseRecords records, AuditLog audit, ApplicationEventPublisher events) {
		this.records = records;
		this.audit = audit;
		this.events = events;
	}

	public void close(Long caseId) {
		if (records.close(caseId)) {
			audit.record(SYSTEM, "Đóng hồ sơ", PressCases.AUDIT_SUBJECT, caseId, "Mọi cơ quan đã phản hồi và được chấp nhận");
			Long articleId = records.find(caseId, null).map(CaseRecords.CaseRow::articleId).orElse(null);
			events.publishEvent(new CaseClosed(caseId, articleId));
		}
	}

	public void markOverdue(Long caseId, String agencyCode) {
		records.assignment(caseId, agencyCode).ifPresent(assignment -> {
			records.markOverdue(assignment.id());
			audit.record(SYSTEM, "Quá hạn phản hồi", PressCases.AUDIT_SUBJECT, caseId, "Cơ quan " + agencyCode + " chưa phản hồi đúng hạn");
			log.warn("Hồ sơ {}: cơ quan {} quá hạn phản hồi", caseId, agencyCode);
		});
	}
}
