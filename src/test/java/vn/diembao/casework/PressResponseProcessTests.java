package vn.diembao.casework;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

/** One test per path of bpmn/press-response.bpmn, driven through the casework services. */
@DiembaoTest
class PressResponseProcessTests {

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
	CaseReview review;

	@Autowired
	Agencies agencies;

	@Autowired
	UserAccounts accounts;

	private CurrentUser officer;
	private CurrentUser construction;
	private CurrentUser industry;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		officer = user("process-canbo", Role.OFFICER, null);
		construction = user("process-sxd", Role.AGENCY, "so-xd");
		industry = user("process-sct", Role.AGENCY, "so-ct");
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
		String reviewTask = cases.find(caseId, officer).orElseThrow().reviewTasks().get(0).taskId();

		review.review(reviewTask, false, "Đề nghị nêu rõ kết quả xử lý và thời hạn khắc phục", officer);

		assertThat(process).isWaitingAt("verifyAndReply");
		AgencyTask returned = taskOf(construction, caseId);
		assertThat(returned.returnComment()).isEqualTo("Đề nghị nêu rõ kết quả xử lý và thời hạn khắc phục");
		reply(construction, caseId, "Đã xử phạt 2 phương tiện, yêu cầu khắc phục trong 15 ngày.");
		accept(caseId);
		assertThat(process).isEnded();
		var replies = cases.find(caseId, officer).orElseThrow().assignments().get(0).replies();
		assertThat(replies).extracting(CaseViews.ReplyView::reviewOutcome).containsExactly("RETURNED", "ACCEPTED");
	}

	@Test
	void theDeadlineMarksTheAgencyOverdueButKeepsItsTaskOpen() {
		long caseId = open("Rác thải ùn ứ ở chợ", "so-ct");
		ProcessInstance process = processOf(caseId);
		Job deadline = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();

		management.executeJob(deadline.getId());

		assertThat(process).hasPassed("markOverdue").isWaitingAt("verifyAndReply");
		assertThat(cases.find(caseId, officer).orElseThrow().assignments().get(0).overdue()).isTrue();
		assertThat(taskOf(industry, caseId).overdue()).isTrue();
	}

	@Test
	void returningWithoutACommentIsRefused() {
		long caseId = open("Đường xuống cấp", "so-xd");
		reply(construction, caseId, "Đã kiểm tra.");
		String reviewTask = cases.find(caseId, officer).orElseThrow().reviewTasks().get(0).taskId();

		assertThatThrownBy(() -> review.review(reviewTask, false, " ", officer))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ghi rõ nội dung cần bổ sung");
		assertThat(processOf(caseId)).isWaitingAt("reviewReply");
	}

	private long open(String title, String... agencyCodes) {
		List<Long> ids = List.of(agencyCodes).stream().map(code -> agencies.byCode(code).orElseThrow().id()).toList();
		return cases.open(new OpenCaseCommand(null, title, "https://bao.example.vn/" + title.hashCode(), "Báo thử nghiệm",
				"Đề nghị xác minh: " + title, ids, Severity.NORMAL), officer);
	}

	private ProcessInstance processOf(long caseId) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId)).singleResult();
	}

	private AgencyTask taskOf(CurrentUser agencyUser, long caseId) {
		return agencyWork.tasksFor(agencyUser).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow();
	}

	private void reply(CurrentUser agencyUser, long caseId, String text) {
		agencyWork.reply(taskOf(agencyUser, caseId).taskId(), new ReplyForm(text, null, null), agencyUser);
	}

	private void accept(long caseId) {
		String reviewTask = cases.find(caseId, officer).orElseThrow().reviewTasks().get(0).taskId();
		review.review(reviewTask, true, null, officer);
	}

	private CurrentUser user(String username, Role role, String agencyCode) {
		accounts.createIfAbsent(username, "mat-khau-thu-nghiem", username, java.util.Set.of(role), agencyCode);
		return accounts.currentUser(username);
	}
}
