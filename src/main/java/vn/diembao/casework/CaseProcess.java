package vn.diembao.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.diembao.directory.Role;
import vn.diembao.directory.WorkingCalendar;
import vn.diembao.shared.audit.AuditLog;

/** The press-response process's service tasks ({@code ${caseProcess…}}): thin calls into our records and notifier. */
@Component("caseProcess")
public class CaseProcess {

	private static final Logger log = LoggerFactory.getLogger(CaseProcess.class);
	private static final String SYSTEM = "hệ thống";

	private final CaseRecords records;
	private final CaseSla sla;
	private final WorkingCalendar calendar;
	private final CaseNotifier notifier;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	CaseProcess(CaseRecords records, CaseSla sla, WorkingCalendar calendar, CaseNotifier notifier, AuditLog audit,
			ApplicationEventPublisher events) {
		this.records = records;
		this.sla = sla;
		this.calendar = calendar;
		this.notifier = notifier;
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

	/** Before the deadline; skipped when the reminder would come too late to matter (already overdue). */
	public void remind(Long caseId, String agencyCode) {
		var assignment = assignment(caseId, agencyCode);
		if (assignment.overdue() || assignment.remindersSent() > 0) {
			return;
		}
		records.recordReminder(assignment.id(), processNow());
		notifier.toAgency(assignment, CaseMessages.reminder(caseId, records.titleOf(caseId), assignment.deadline()));
		audit.record(SYSTEM, "Nhắc sắp đến hạn", PressCases.AUDIT_SUBJECT, caseId, assignment.agencyName());
	}

	/** At the deadline: overdue once, with notices to the agency, the officers and the leaders; the task stays open. */
	public void markOverdue(Long caseId, String agencyCode) {
		var assignment = assignment(caseId, agencyCode);
		if (!records.markOverdue(assignment.id(), processNow())) {
			return;
		}
		String title = records.titleOf(caseId);
		notifier.toAgency(assignment, CaseMessages.overdueToAgency(caseId, title, assignment.deadline()));
		var departmentNotice = CaseMessages.overdueToDepartment(caseId, title, assignment.agencyName(), assignment.deadline());
		notifier.toRole(Role.OFFICER, departmentNotice);
		notifier.toRole(Role.LEADER, departmentNotice);
		audit.record(SYSTEM, "Quá hạn phản hồi", PressCases.AUDIT_SUBJECT, caseId, assignment.agencyName() + " chưa phản hồi đúng hạn");
		log.warn("Hồ sơ {}: {} quá hạn phản hồi", caseId, assignment.agencyName());
	}

	/** Each morning after the deadline; a reminder goes out every N working days (case-sla.dmn). */
	public void remindOverdue(Long caseId, String agencyCode) {
		var assignment = assignment(caseId, agencyCode);
		LocalDate today = processNow().atZone(CaseSchedule.VIETNAM).toLocalDate();
		if (!assignment.overdue() || !calendar.isWorkingDay(today) || assignment.lastReminderAt() == null) {
			return;
		}
		LocalDate last = assignment.lastReminderAt().atZone(CaseSchedule.VIETNAM).toLocalDate();
		if (calendar.workingDaysBetween(last, today) < sla.of(assignment.severity()).overdueReminderEvery()) {
			return;
		}
		records.recordReminder(assignment.id(), processNow());
		notifier.toAgency(assignment, CaseMessages.overdueToAgency(caseId, records.titleOf(caseId), assignment.deadline()));
		audit.record(SYSTEM, "Nhắc lại khi quá hạn", PressCases.AUDIT_SUBJECT, caseId, assignment.agencyName());
	}

	/** The engine's clock: timers fire by it, so reminders count working days by it too. */
	private static Instant processNow() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private CaseRecords.AssignmentRow assignment(Long caseId, String agencyCode) {
		return records.assignment(caseId, agencyCode)
			.orElseThrow(() -> new IllegalStateException("Hồ sơ " + caseId + " không có cơ quan " + agencyCode));
	}

}
