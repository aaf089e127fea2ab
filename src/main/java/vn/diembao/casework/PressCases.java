package vn.diembao.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.CaseViews.CaseDetail;
import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.casework.CaseViews.ReviewTask;
import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.WorkingCalendar;
import vn.diembao.shared.audit.AuditLog;

/** Opening cases and reading them — always through the user, so an agency sees only its own. */
@Service
public class PressCases {

	static final String PROCESS_KEY = "pressResponse";
	static final String AUDIT_SUBJECT = "CASE";
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final CaseRecords records;
	private final Agencies agencies;
	private final WorkingCalendar calendar;
	private final RuntimeService runtime;
	private final TaskService tasks;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	PressCases(CaseRecords records, Agencies agencies, WorkingCalendar calendar, RuntimeService runtime,
			TaskService tasks, AuditLog audit, ApplicationEventPublisher events) {
		this.records = records;
		this.agencies = agencies;
		this.calendar = calendar;
		this.runtime = runtime;
		this.tasks = tasks;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public long open(OpenCaseCommand command, CurrentUser officer) {
		List<AgencyRef> requested = agencies.byIds(command.agencyIds());
		if (requested.size() != command.agencyIds().stream().distinct().count()) {
			throw new IllegalArgumentException("Có cơ quan được chọn không tồn tại");
		}
		LocalDate deadline = calendar.addWorkingDays(LocalDate.now(VIETNAM), command.severity().workingDays());
		long caseId = records.insertCase(command, deadline, officer.username());
		requested.forEach(agency -> records.insertAssignment(caseId, agency.id(), deadline));
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", caseId);
		variables.put("agencyCodes", requested.stream().map(AgencyRef::code).toList());
		// the answer is due at the end of the deadline's working day
		variables.put("deadline", ZonedDateTime.of(deadline.atTime(17, 0), VIETNAM).toOffsetDateTime().toString());
		String processInstanceId = runtime
			.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(caseId), variables)
			.getProcessInstanceId();
		records.setProcessInstance(caseId, processInstanceId);
		audit.record(officer.username(), "Mở hồ sơ", AUDIT_SUBJECT, caseId, "Đề nghị "
				+ String.join(", ", requested.stream().map(AgencyRef::name).toList()) + " phản hồi trước " + deadline);
		events.publishEvent(new CaseOpened(caseId, command.articleId()));
		return caseId;
	}

	public List<CaseSummary> list(CurrentUser user) {
		return records.summaries(agencyFilter(user));
	}

	public Optional<CaseDetail> find(long caseId, CurrentUser user) {
		Long agencyFilter = agencyFilter(user);
		return records.find(caseId, agencyFilter).map(row -> new CaseDetail(row.id(), row.articleId(), row.articleTitle(),
				row.articleUrl(), row.outletName(), row.issue(), row.severity(), row.status(), row.deadline(), row.openedBy(),
				row.openedAt(), row.closedAt(), records.assignments(caseId, agencyFilter),
				agencyFilter == null ? reviewTasks(row) : List.of(), audit.history(AUDIT_SUBJECT, caseId)));
	}

	private List<ReviewTask> reviewTasks(CaseRecords.CaseRow row) {
		if (row.processInstanceId() == null) {
			return List.of();
		}
		return tasks.createTaskQuery()
			.processInstanceId(row.processInstanceId())
			.taskDefinitionKey("reviewReply")
			.list()
			.stream()
			.map(task -> {
				String agencyCode = (String) runtime.getVariable(task.getExecutionId(), "agencyCode");
				var assignment = records.assignment(row.id(), agencyCode).orElseThrow();
				String agencyName = agencies.byCode(agencyCode).map(AgencyRef::name).orElse(agencyCode);
				return new ReviewTask(task.getId(), assignment.id(), agencyName);
			})
			.toList();
	}

	/** Null for users who may see every case; the agency id for agency-only users. */
	static Long agencyFilter(CurrentUser user) {
		if (!user.isAgencyOnly()) {
			return null;
		}
		if (user.agency() == null) {
			throw new IllegalStateException("Tài khoản cơ quan chưa được gắn với cơ quan nào");
		}
		return user.agency().id();
	}
}
