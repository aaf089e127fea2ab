package vn.diembao.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.diembao.directory.WorkingCalendar;

/**
 * Timer dates of the press-response process ({@code ${caseSchedule…}}), read from the assignment's deadline in our
 * tables, so an approved extension moves the timers the next time the agency's task is entered.
 */
@Component("caseSchedule")
public class CaseSchedule {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	/** Answers are due at the end of the deadline's working day; reminders go out in the morning. */
	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
	static final LocalTime MORNING = LocalTime.of(8, 0);

	private final CaseRecords records;
	private final CaseSla sla;
	private final WorkingCalendar calendar;

	CaseSchedule(CaseRecords records, CaseSla sla, WorkingCalendar calendar) {
		this.records = records;
		this.sla = sla;
		this.calendar = calendar;
	}

	public Date deadlineOf(Long caseId, String agencyCode) {
		return at(assignment(caseId, agencyCode).deadline(), END_OF_DAY);
	}

	public Date reminderOf(Long caseId, String agencyCode) {
		var assignment = assignment(caseId, agencyCode);
		int before = sla.of(assignment.severity()).reminderDaysBefore();
		return at(calendar.subtractWorkingDays(assignment.deadline(), before), MORNING);
	}

	/** Every morning after the deadline; {@link CaseProcess#remindOverdue} sends only every N working days. */
	public String overdueCycleOf(Long caseId, String agencyCode) {
		LocalDate firstMorning = assignment(caseId, agencyCode).deadline().plusDays(1);
		return "R/" + firstMorning.atTime(MORNING).atZone(VIETNAM).toOffsetDateTime() + "/P1D";
	}

	private CaseRecords.AssignmentRow assignment(Long caseId, String agencyCode) {
		return records.assignment(caseId, agencyCode)
			.orElseThrow(() -> new IllegalStateException("Hồ sơ " + caseId + " không có cơ quan " + agencyCode));
	}

	private static Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(VIETNAM).toInstant());
	}
}
