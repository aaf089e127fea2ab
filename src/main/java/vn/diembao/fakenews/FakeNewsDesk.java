package vn.diembao.fakenews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.shared.audit.AuditLog;

/** The fact-check team's and the leader's work on a report, each step completing its task of fake-news.bpmn. */
@Service
public class FakeNewsDesk {

	private final FakeNewsRecords records;
	private final TaskService tasks;
	private final PressCases cases;
	private final AuditLog audit;

	FakeNewsDesk(FakeNewsRecords records, TaskService tasks, PressCases cases, AuditLog audit) {
		this.records = records;
		this.tasks = tasks;
		this.cases = cases;
		this.audit = audit;
	}

	public List<FakeNewsReport> reports() {
		return records.desk();
	}

	public Optional<FakeNewsReport> find(long id) {
		return records.find(id);
	}

	/** The open step of a report (its BPMN task key), if any. */
	public Optional<String> openStep(FakeNewsReport report) {
		return Optional.ofNullable(report.processInstanceId()).map(this::taskOf).map(Task::getTaskDefinitionKey);
	}

	/**
	 * Screening: out of scope, spam or duplicate closes the report with the reason; otherwise the chosen agencies
	 * are asked to verify through a press-response case (same task list, isolation and deadlines as press cases).
	 */
	@Transactional
	public void screen(long id, boolean accept, String reason, List<Long> agencyIds, CurrentUser user) {
		FakeNewsReport report = require(id, user, Role.FACTCHECK);
		Task task = task(report, "screenReport");
		boolean askAgencies = accept && agencyIds != null && !agencyIds.isEmpty();
		if (!accept) {
			if (reason == null || reason.isBlank()) {
				throw new IllegalArgumentException("Hãy ghi lý do không xử lý (ngoài phạm vi, spam, trùng lặp…)");
			}
			records.screenOut(id, reason);
		}
		else if (askAgencies) {
			long caseId = cases.open(new OpenCaseCommand(null, "Xác minh tin nghi sai sự thật: " + shorten(report.claim()),
					report.url(), report.platform(), "Đề nghị xác minh thông tin: " + report.claim(), agencyIds, Severity.URGENT,
					null, "Phản ánh tin giả " + report.trackingCode()), user);
			records.startVerification(id, caseId);
		}
		audit.record(user.username(), accept ? "Sàng lọc: xử lý" : "Sàng lọc: không xử lý", FakeNewsIntake.AUDIT_SUBJECT, id,
				accept ? (askAgencies ? "Đề nghị cơ quan xác minh" : "Không cần cơ quan xác minh") : reason.trim());
		tasks.complete(task.getId(), Map.of("screening", accept ? "ACCEPT" : "REJECT", "askAgencies", askAgencies));
	}

	@Transactional
	public void propose(long id, Verdict verdict, String conclusion, String sources, String verifyingAgency, CurrentUser user) {
		if (verdict == null || conclusion == null || conclusion.isBlank()) {
			throw new IllegalArgumentException("Hãy chọn nhãn kết luận và nêu giải thích");
		}
		FakeNewsReport report = require(id, user, Role.FACTCHECK);
		Task task = task(report, "proposeVerdict");
		records.propose(id, verdict, conclusion, sources, verifyingAgency, user.username());
		audit.record(user.username(), "Đề xuất kết luận", FakeNewsIntake.AUDIT_SUBJECT, id, verdict.label());
		tasks.complete(task.getId());
	}

	@Transactional
	public void decide(long id, boolean approved, String comment, CurrentUser leader) {
		if (!approved && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("Khi trả lại, hãy ghi rõ nội dung cần bổ sung");
		}
		FakeNewsReport report = require(id, leader, Role.LEADER);
		Task task = task(report, "approveVerdict");
		records.leaderDecision(id, approved, comment, leader.username());
		audit.record(leader.username(), approved ? "Phê duyệt kết luận" : "Trả lại kết luận", FakeNewsIntake.AUDIT_SUBJECT, id,
				comment == null ? null : comment.trim());
		tasks.complete(task.getId(), Map.of("verdictApproved", approved));
	}

	/** The system does not contact the police; it records the referral's document. */
	@Transactional
	public void recordPoliceReferral(long id, String documentNumber, LocalDate date, CurrentUser user) {
		if (documentNumber == null || documentNumber.isBlank()) {
			throw new IllegalArgumentException("Hãy nhập số văn bản chuyển cơ quan công an");
		}
		require(id, user, Role.FACTCHECK);
		records.recordPoliceReferral(id, documentNumber, date);
		audit.record(user.username(), "Chuyển cơ quan công an", FakeNewsIntake.AUDIT_SUBJECT, id, "Văn bản số " + documentNumber.trim());
	}

	public List<String> reporterContacts(long id) {
		return records.reporterContacts(id);
	}

	public List<FakeNewsRecords.StoredFile> files(long id) {
		return records.files(id);
	}

	private FakeNewsReport require(long id, CurrentUser user, Role role) {
		if (!user.has(role)) {
			throw new ReportNotFoundException(id);
		}
		return records.find(id).orElseThrow(() -> new ReportNotFoundException(id));
	}

	private Task task(FakeNewsReport report, String key) {
		Task task = taskOf(report.processInstanceId());
		if (task == null || !task.getTaskDefinitionKey().equals(key)) {
			throw new IllegalArgumentException("Phản ánh không ở bước này (có thể đã được người khác xử lý)");
		}
		return task;
	}

	private Task taskOf(String processInstanceId) {
		return processInstanceId == null ? null
				: tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	private static String shorten(String text) {
		return text.length() <= 120 ? text : text.substring(0, 117) + "…";
	}
}
