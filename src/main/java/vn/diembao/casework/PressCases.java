package vn.diembao.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.CaseViews.AgencyLoad;
import vn.diembao.casework.CaseViews.AssignmentView;
import vn.diembao.casework.CaseViews.CaseDetail;
import vn.diembao.casework.CaseViews.CaseSummary;
import vn.diembao.casework.CaseViews.OverdueAssignment;
import vn.diembao.directory.AgencyRef;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.WorkingCalendar;
import vn.diembao.shared.audit.AuditLog;

/** Opening, reopening and reading cases — always through the user, so an agency sees only its own. */
@Service
public class PressCases {

	static final String PROCESS_KEY = "pressResponse";
	static final String AUDIT_SUBJECT = "CASE";

	private final CaseRecords records;
	private final ReplyRecords replies;
	private final CaseTasks caseTasks;
	private final Agencies agencies;
	private final WorkingCalendar calendar;
	private final CaseSla sla;
	private final RuntimeService runtime;
	private final CaseNotifier notifier;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	PressCases(CaseRecords records, ReplyRecords replies, CaseTasks caseTasks, Agencies agencies,
			WorkingCalendar calendar, CaseSla sla, RuntimeService runtime, CaseNotifier notifier, AuditLog audit,
			ApplicationEventPublisher events) {
		this.records = records;
		this.replies = replies;
		this.caseTasks = caseTasks;
		this.agencies = agencies;
		this.calendar = calendar;
		this.sla = sla;
		this.runtime = runtime;
		this.notifier = notifier;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public long open(OpenCaseCommand command, CurrentUser officer) {
		List<AgencyRef> requested = requestedAgencies(command.agencyIds());
		LocalDate deadline = deadlineFor(command.severity());
		long caseId = records.insertCase(command, deadline, officer.username());
		requested.forEach(agency -> records.upsertAssignment(caseId, agency.id(), deadline));
		startProcess(caseId, requested);
		audit.record(officer.username(), "Mở hồ sơ", AUDIT_SUBJECT, caseId, "Đề nghị "
				+ String.join(", ", requested.stream().map(AgencyRef::name).toList()) + " phản hồi trước " + deadline);
		notifyAgencies(caseId, command.articleTitle(), command.issue(), requested);
		events.publishEvent(
				new CaseOpened(caseId, command.articleId(), requested.stream().map(AgencyRef::code).toList()));
		return caseId;
	}

	/** A closed case opens again for the chosen agencies, with a fresh deadline. */
	@Transactional
	public void reopen(long caseId, List<Long> agencyIds, String reason, CurrentUser officer) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Hãy nêu lý do mở lại hồ sơ");
		}
		var row = records.find(caseId, null).orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + caseId));
		List<AgencyRef> requested = requestedAgencies(agencyIds);
		LocalDate deadline = deadlineFor(Severity.valueOf(row.severity()));
		if (!records.reopen(caseId, deadline)) {
			throw new IllegalArgumentException("Chỉ mở lại được hồ sơ đã đóng");
		}
		requested.forEach(agency -> records.upsertAssignment(caseId, agency.id(), deadline));
		startProcess(caseId, requested);
		audit.record(officer.username(), "Mở lại hồ sơ", AUDIT_SUBJECT, caseId, reason.trim());
		notifyAgencies(caseId, row.articleTitle(), row.issue(), requested);
	}

	/** "Đã phản hồi cơ quan báo chí": the answer went back to the outlet, with its follow-up if it published one. */
	@Transactional
	public void recordOutletInformed(long caseId, String followupUrl, CurrentUser officer) {
		records.find(caseId, null).orElseThrow(() -> new CaseNotFoundException("Không tìm thấy hồ sơ " + caseId));
		if (followupUrl != null && !followupUrl.isBlank() && !followupUrl.trim().matches("(?i)https?://\\S+")) {
			throw new IllegalArgumentException("Đường dẫn bài cải chính/tiếp theo phải bắt đầu bằng http:// hoặc https://");
		}
		records.recordOutletInformed(caseId, followupUrl);
		audit.record(officer.username(), "Đã phản hồi cơ quan báo chí", AUDIT_SUBJECT, caseId,
				followupUrl == null || followupUrl.isBlank() ? null : "Bài tiếp theo: " + followupUrl.trim());
	}

	/** How many recent cases a list shows; older ones are reached through search and reports. */
	public static final int LIST_LIMIT = 300;

	public List<CaseSummary> list(CurrentUser user) {
		return records.summaries(agencyFilter(user), LIST_LIMIT);
	}

	public Optional<CaseDetail> find(long caseId, CurrentUser user) {
		Long agencyFilter = agencyFilter(user);
		return records.find(caseId, agencyFilter).map(row -> new CaseDetail(row.id(), row.articleId(), row.articleTitle(),
				row.articleUrl(), row.outletName(), row.issue(), row.severity(), row.status(), row.deadline(), row.openedBy(),
				row.openedAt(), row.closedAt(), row.leadAgencyId() == null ? null
						: agencies.byId(row.leadAgencyId()).map(AgencyRef::name).orElse(null),
				row.sourceReference(), row.outletInformedAt(), row.outletFollowupUrl(), assignments(caseId, agencyFilter),
				agencyFilter == null ? officerTasks(row) : List.of(), audit.history(AUDIT_SUBJECT, caseId)));
	}

	public List<OverdueAssignment> overdue() {
		return records.overdue();
	}

	public List<AgencyLoad> agencyLoads() {
		return records.agencyLoads(LocalDate.now(CaseSchedule.VIETNAM).withDayOfMonth(1));
	}

	/**
	 * Per agency with any activity: requests sent in cases opened between the two days (inclusive, Vietnam time),
	 * answers accepted between them, and requests overdue now in open cases; most overdue first.
	 */
	public List<CaseViews.AgencyPeriodStatus> agencyStatus(LocalDate from, LocalDate to) {
		return records.agencyStatus(from.atStartOfDay(CaseSchedule.VIETNAM).toInstant(),
				to.plusDays(1).atStartOfDay(CaseSchedule.VIETNAM).toInstant());
	}

	/**
	 * The figures of the report's casework sentence for the days {@code from} to {@code to} (inclusive, Vietnam
	 * time): asked, answered (with carry-over from earlier periods) and still pending at the end of {@code to}.
	 */
	public CaseViews.ResponseTally responseTally(LocalDate from, LocalDate to) {
		var start = from.atStartOfDay(CaseSchedule.VIETNAM).toInstant();
		var until = to.plusDays(1).atStartOfDay(CaseSchedule.VIETNAM).toInstant();
		long[] asked = records.asked(start, until);
		var answered = records.answered(start, until);
		var pending = records.pendingAt(until);
		Double averageDays = answered.isEmpty() ? null : answered.stream()
			.mapToInt(a -> calendar.workingDaysBetween(a.openedAt().atZone(CaseSchedule.VIETNAM).toLocalDate(),
					a.acceptedAt().atZone(CaseSchedule.VIETNAM).toLocalDate()))
			.average()
			.orElseThrow();
		return new CaseViews.ResponseTally(asked[0], asked[1], answered.size(),
				answered.stream().map(CaseRecords.Answered::agencyId).distinct().count(),
				answered.stream().filter(a -> a.openedAt().isBefore(start)).count(), pending.size(),
				pending.stream().map(CaseRecords.Pending::agencyId).distinct().count(),
				pending.stream().filter(p -> p.openedAt().isBefore(start)).count(),
				pending.stream().map(CaseRecords.Pending::agencyName).distinct().toList(), averageDays);
	}

	public Map<Severity, Integer> workingDaysBySeverity() {
		Map<Severity, Integer> days = new java.util.EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			days.put(severity, sla.of(severity).workingDays());
		}
		return days;
	}

	private List<AssignmentView> assignments(long caseId, Long agencyFilter) {
		return records.assignments(caseId, agencyFilter).stream()
			.map(a -> new AssignmentView(a.id(), a.agencyId(), a.agencyCode(), a.agencyName(), a.status(), a.deadline(),
					a.overdue(), replies.replies(a.id()), replies.requests(a.id())))
			.toList();
	}

	private List<CaseViews.OfficerTask> officerTasks(CaseRecords.CaseRow row) {
		if (row.processInstanceId() == null || "CLOSED".equals(row.status())) {
			return List.of();
		}
		return caseTasks.officerTasks(row.processInstanceId()).stream().map(task -> {
			var assignment = records.assignment(row.id(), caseTasks.agencyCodeOf(task)).orElseThrow();
			var request = switch (task.getTaskDefinitionKey()) {
				case CaseTasks.DECIDE_EXTENSION -> replies.openRequest(assignment.id(), AssignmentRequest.Kind.EXTENSION).orElse(null);
				case CaseTasks.DECIDE_REASSIGNMENT -> replies.openRequest(assignment.id(), AssignmentRequest.Kind.REASSIGNMENT).orElse(null);
				default -> null;
			};
			return new CaseViews.OfficerTask(task.getId(), task.getTaskDefinitionKey(), assignment.id(), assignment.agencyName(), request);
		}).toList();
	}

	private List<AgencyRef> requestedAgencies(List<Long> agencyIds) {
		if (agencyIds == null || agencyIds.isEmpty()) {
			throw new IllegalArgumentException("Hãy chọn ít nhất một cơ quan cần phản hồi");
		}
		List<AgencyRef> requested = agencies.byIds(agencyIds);
		if (requested.size() != agencyIds.stream().distinct().count()) {
			throw new IllegalArgumentException("Có cơ quan được chọn không tồn tại");
		}
		return requested;
	}

	LocalDate deadlineFor(Severity severity) {
		return calendar.addWorkingDays(LocalDate.now(CaseSchedule.VIETNAM), sla.of(severity).workingDays());
	}

	private void startProcess(long caseId, List<AgencyRef> agenciesToAsk) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", caseId);
		variables.put("agencyCodes", agenciesToAsk.stream().map(AgencyRef::code).toList());
		String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(caseId), variables)
			.getProcessInstanceId();
		records.setProcessInstance(caseId, processInstanceId);
	}

	private void notifyAgencies(long caseId, String title, String issue, List<AgencyRef> requested) {
		for (AgencyRef agency : requested) {
			var assignment = records.assignment(caseId, agency.code()).orElseThrow();
			notifier.toAgency(assignment, CaseMessages.requested(caseId, title, issue, assignment.deadline()));
		}
	}

	/** Null for users who may see every case; the agency id for agency-only users. */
	static Long agencyFilter(CurrentUser user) {
		if (!user.isAgencyOnly()) {
			return null;
		}
		if (user.agency() == null) {
			throw new CaseNotFoundException("Tài khoản cơ quan chưa được gắn với cơ quan nào");
		}
		return user.agency().id();
	}
}
