package vn.diembao.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.casework.CaseViews.AgencyTask;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per path of bpmn/press-response.bpmn, driven through the casework services; timers by moving the clock. */
@DiembaoTest
class PressResponseProcessTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	PressCases cases;

	@Autowired
	AgencyWork agencyWork;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	Agencies agencies;

	@Autowired
	UserAccounts accounts;

	private CurrentUser officer;
	private CurrentUser construction;
	private CurrentUser industry;
	private CurrentUser health;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		officer = user("process-canbo", Role.OFFICER, null);
		construction = user("process-sxd", Role.AGENCY, "so-xd");
		industry = user("process-sct", Role.AGENCY, "so-ct");
		health = user("process-syt", Role.AGENCY, "so-yt");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void closesWhenEveryAgencysReplyIsAccepted() {
		long caseId = open("Dự án chậm tiến độ nhiều năm", "so-xd", "so-ct");
		ProcessInstance process = processOf(caseId);
		assertThat(process).isWaitingAt("verifyAndReply");
		assertThat(BpmnAwareTests.taskQuery().processInstanceId(process.getId()).list()).hasSize(2);

		reply(construction, caseId, "Sở Xây dựng đã kiểm tra, chủ đầu tư cam kết hoàn thành trong quý I.");
		reply(industry, caseId, "Sở Công Thương đã làm việc với doanh nghiệp.");
		assertThat(process).isWaitingAt("reviewReply");
		accept(caseId);
		assertThat(process).isActive();
		accept(caseId);

		assertThat(process).hasPassed("closeCase").isEnded();
		assertThat(cases.find(caseId, officer).orElseThrow().status()).isEqualTo("CLOSED");
	}

	@Test
	void aReturnedReplyGoesBackToTheAgencyWithTheComments() {
		long caseId = open("Cát tặc hoạt động ban đêm", "so-xd");
		ProcessInstance process = processOf(caseId);
		reply(construction, caseId, "Đã kiểm tra.");

		decisions.review(officerTask(caseId), false, "Đề nghị nêu rõ kết quả xử lý và thời hạn khắc phục", officer);

		assertThat(process).isWaitingAt("verifyAndReply");
		assertThat(taskOf(construction, caseId).returnComment()).isEqualTo("Đề nghị nêu rõ kết quả xử lý và thời hạn khắc phục");
		reply(construction, caseId, "Đã xử phạt 2 phương tiện, yêu cầu khắc phục trong 15 ngày.");
		accept(caseId);
		assertThat(process).isEnded();
		var replies = cases.find(caseId, officer).orElseThrow().assignments().get(0).replies();
		assertThat(replies).extracting(CaseViews.ReplyView::reviewOutcome).containsExactly("RETURNED", "ACCEPTED");
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineAndItsTimers() {
		long caseId = open("Trường học xuống cấp", "so-ct");
		ProcessInstance process = processOf(caseId);
		LocalDate deadline = assignment(caseId).deadline();
		LocalDate requested = deadline.plusDays(14);

		agencyWork.request(taskOf(industry, caseId).taskId(),
				new AssignmentRequest(AssignmentRequest.Kind.EXTENSION, "Cần lấy ý kiến chuyên gia", requested, null), industry);
		assertThat(process).isWaitingAt("decideExtension");
		decisions.decideExtension(officerTask(caseId), true, null, "Đồng ý", officer);

		assertThat(process).isWaitingAt("verifyAndReply");
		assertThat(assignment(caseId).deadline()).isEqualTo(requested);
		Job deadlineTimer = management.createJobQuery().processInstanceId(process.getId()).activityId("deadlinePassed").singleResult();
		assertThat(deadlineTimer.getDuedate()).isEqualTo(Date.from(requested.atTime(17, 0).atZone(VIETNAM).toInstant()));
	}

	@Test
	void aDeniedExtensionKeepsTheDeadline() {
		long caseId = open("Rác thải tồn đọng", "so-ct");
		LocalDate deadline = assignment(caseId).deadline();
		agencyWork.request(taskOf(industry, caseId).taskId(),
				new AssignmentRequest(AssignmentRequest.Kind.EXTENSION, "Bận", deadline.plusDays(5), null), industry);

		decisions.decideExtension(officerTask(caseId), false, null, "Nội dung đơn giản", officer);

		assertThat(processOf(caseId)).isWaitingAt("verifyAndReply");
		assertThat(assignment(caseId).deadline()).isEqualTo(deadline);
	}

	@Test
	void anApprovedHandOverAsksTheProposedAgencyAndTheCaseClosesWithItsAnswer() {
		long caseId = open("Bệnh viện quá tải", "so-xd");
		ProcessInstance process = processOf(caseId);
		long healthId = agencies.byCode("so-yt").orElseThrow().id();

		agencyWork.request(taskOf(construction, caseId).taskId(), new AssignmentRequest(AssignmentRequest.Kind.REASSIGNMENT,
				"Thuộc thẩm quyền ngành y tế", null, healthId), construction);
		decisions.decideReassignment(officerTask(caseId), true, null, officer);

		assertThat(process).isActive().isWaitingAt("verifyAndReply");
		assertThat(agencyWork.tasksFor(construction)).noneMatch(t -> t.caseId() == caseId);
		reply(health, caseId, "Sở Y tế đã tăng cường giường bệnh.");
		accept(caseId);
		assertThat(process).isEnded();
		assertThat(cases.find(caseId, officer).orElseThrow().assignments())
			.extracting(CaseViews.AssignmentView::agencyCode, CaseViews.AssignmentView::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("so-xd", "REASSIGNED"),
					org.assertj.core.groups.Tuple.tuple("so-yt", "ACCEPTED"));
	}

	@Test
	void aDeniedHandOverKeepsTheTaskWithTheAgency() {
		long caseId = open("Đường ngập", "so-xd");
		agencyWork.request(taskOf(construction, caseId).taskId(), new AssignmentRequest(AssignmentRequest.Kind.REASSIGNMENT,
				"Không thuộc thẩm quyền", null, agencies.byCode("so-ct").orElseThrow().id()), construction);

		decisions.decideReassignment(officerTask(caseId), false, "Thuộc thẩm quyền Sở Xây dựng", officer);

		assertThat(processOf(caseId)).isWaitingAt("verifyAndReply");
		assertThat(taskOf(construction, caseId)).isNotNull();
	}

	@Test
	void remindersThenOverdueThenRepeatedRemindersAsTheClockMoves() {
		long caseId = open("Nước sinh hoạt nhiễm bẩn", "so-ct");
		ProcessInstance process = processOf(caseId);
		LocalDate deadline = assignment(caseId).deadline();

		fireTimersDueBy(process, deadline.minusDays(1).atTime(9, 0));
		assertThat(process).hasPassed("sendReminder").isWaitingAt("verifyAndReply");
		assertThat(assignment(caseId).overdue()).isFalse();

		fireTimersDueBy(process, deadline.atTime(17, 30));
		assertThat(process).hasPassed("markOverdue").isWaitingAt("verifyAndReply");
		assertThat(assignment(caseId).overdue()).isTrue();
		assertThat(cases.overdue()).anyMatch(o -> o.caseId() == caseId);
		assertThat(taskOf(industry, caseId).overdue()).isTrue();

		fireTimersDueBy(process, deadline.plusDays(7).atTime(9, 0));
		assertThat(process).hasPassed("remindOverdue");
		assertThat(cases.find(caseId, officer).orElseThrow().history())
			.extracting(e -> e.action()).contains("Nhắc sắp đến hạn", "Quá hạn phản hồi", "Nhắc lại khi quá hạn");
	}

	@Test
	void withSeveralAgenciesOneLateAgencyKeepsTheCaseOpen() {
		long caseId = open("Chợ tạm lấn chiếm lòng đường", "so-xd", "so-ct");
		ProcessInstance process = processOf(caseId);
		reply(construction, caseId, "Đã giải tỏa.");
		accept(caseId);
		LocalDate deadline = assignment(caseId).deadline();

		fireTimersDueBy(process, deadline.atTime(18, 0));

		assertThat(process).isActive();
		var assignments = cases.find(caseId, officer).orElseThrow().assignments();
		assertThat(assignments).filteredOn(a -> a.agencyCode().equals("so-ct")).singleElement()
			.satisfies(a -> assertThat(a.overdue()).isTrue());
		assertThat(assignments).filteredOn(a -> a.agencyCode().equals("so-xd")).singleElement()
			.satisfies(a -> assertThat(a.overdue()).isFalse());
	}

	@Test
	void aClosedCaseCanBeReopened() {
		long caseId = open("Cây xanh gãy đổ", "so-xd");
		reply(construction, caseId, "Đã xử lý.");
		accept(caseId);

		cases.reopen(caseId, List.of(agencies.byCode("so-xd").orElseThrow().id()), "Báo đăng bài tiếp theo", officer);

		assertThat(cases.find(caseId, officer).orElseThrow().status()).isEqualTo("OPEN");
		assertThat(processOf(caseId)).isWaitingAt("verifyAndReply");
	}

	@Test
	void returningWithoutACommentIsRefused() {
		long caseId = open("Đường xuống cấp", "so-xd");
		reply(construction, caseId, "Đã kiểm tra.");

		assertThatThrownBy(() -> decisions.review(officerTask(caseId), false, " ", officer))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ghi rõ nội dung cần bổ sung");
		assertThat(processOf(caseId)).isWaitingAt("reviewReply");
	}

	@Test
	void theSameReplySubmittedTwiceIsStoredOnce() {
		long caseId = open("Ô nhiễm tiếng ồn", "so-xd");
		String taskId = taskOf(construction, caseId).taskId();
		ReplyForm form = new ReplyForm("Đã kiểm tra tiếng ồn.", "1/SXD", null, "token-" + caseId, 0);

		agencyWork.reply(taskId, form, List.of(), construction);
		agencyWork.reply(taskId, form, List.of(), construction);

		assertThat(cases.find(caseId, officer).orElseThrow().assignments().get(0).replies()).hasSize(1);
	}

	private long open(String title, String... agencyCodes) {
		List<Long> ids = List.of(agencyCodes).stream().map(code -> agencies.byCode(code).orElseThrow().id()).toList();
		return cases.open(new OpenCaseCommand(null, title, "https://bao.example.vn/" + title.hashCode(), "Báo thử nghiệm",
				"Đề nghị xác minh: " + title, ids, Severity.NORMAL), officer);
	}

	private ProcessInstance processOf(long caseId) {
		return runtime.createProcessInstanceQuery().processDefinitionKey("pressResponse").processInstanceBusinessKey(String.valueOf(caseId)).active().singleResult();
	}

	private CaseViews.AssignmentView assignment(long caseId) {
		return cases.find(caseId, officer).orElseThrow().assignments().stream()
			.filter(a -> !a.status().equals("ACCEPTED")).findFirst().orElseThrow();
	}

	private AgencyTask taskOf(CurrentUser agencyUser, long caseId) {
		return agencyWork.tasksFor(agencyUser).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow();
	}

	private String officerTask(long caseId) {
		return cases.find(caseId, officer).orElseThrow().officerTasks().get(0).taskId();
	}

	private void reply(CurrentUser agencyUser, long caseId, String text) {
		agencyWork.reply(taskOf(agencyUser, caseId).taskId(), new ReplyForm(text, null, null, null, null), List.of(), agencyUser);
	}

	private void accept(long caseId) {
		decisions.review(officerTask(caseId), true, null, officer);
	}

	/** Moves Camunda's clock and fires every timer of the process due by then, oldest first. */
	private void fireTimersDueBy(ProcessInstance process, java.time.LocalDateTime when) {
		Date now = Date.from(when.atZone(VIETNAM).toInstant());
		ClockUtil.setCurrentTime(now);
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().processInstanceId(process.getId()).timers()
				.duedateLowerThan(new Date(now.getTime() + 1)).orderByJobDuedate().asc().list();
			if (due.isEmpty()) {
				return;
			}
			management.executeJob(due.get(0).getId());
		}
	}

	private CurrentUser user(String username, Role role, String agencyCode) {
		accounts.createIfAbsent(username, "mat-khau-thu-nghiem", username, Set.of(role), agencyCode);
		return accounts.currentUser(username);
	}
}
