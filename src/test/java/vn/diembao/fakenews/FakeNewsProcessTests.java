package vn.diembao.fakenews;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.CaseDecisions;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.ReplyForm;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per path of bpmn/fake-news.bpmn. */
@DiembaoTest
class FakeNewsProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	FakeNewsIntake intake;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	FakeNewsRecords records;

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

	private final java.util.Map<Long, ProcessInstance> instances = new java.util.HashMap<>();
	private CurrentUser factChecker;
	private CurrentUser leader;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		accounts.createIfAbsent("fn-tingia", "mat-khau-thu-nghiem", "Tổ tin giả", Set.of(Role.FACTCHECK, Role.OFFICER), null);
		accounts.createIfAbsent("fn-lanhdao", "mat-khau-thu-nghiem", "Lãnh đạo", Set.of(Role.LEADER), null);
		factChecker = accounts.currentUser("fn-tingia");
		leader = accounts.currentUser("fn-lanhdao");
	}

	@Test
	void spamIsClosedAtScreeningWithItsReason() {
		long id = report("Mua ngay thuốc giảm cân thần kỳ " + System.nanoTime());
		desk.screen(id, false, "Quảng cáo, không phải tin giả về địa phương", null, factChecker);

		assertThat(process(id)).hasPassed("screenedOut").isEnded();
		assertThat(records.find(id).orElseThrow().status()).isEqualTo("SCREENED_OUT");
	}

	@Test
	void withoutAgenciesTheTeamProposesAndALeaderApprovesForPublication() {
		long id = report("Đà Lạt sắp cấm xe máy từ tháng sau " + System.nanoTime());
		desk.screen(id, true, null, List.of(), factChecker);
		assertThat(process(id)).isWaitingAt("proposeVerdict");

		desk.propose(id, Verdict.FAKE, "UBND tỉnh không có chủ trương này.", "Thông cáo của UBND tỉnh", null, factChecker);
		desk.decide(id, true, null, leader);

		assertThat(process(id)).hasPassed("publishConclusion").isEnded();
		assertThat(records.published()).extracting(FakeNewsReport::id).contains(id);
	}

	@Test
	void agenciesVerifyThroughAPressCaseAndALeaderMayReturnTheProposal() {
		long id = report("Hồ Tuyền Lâm bị ô nhiễm nặng, cá chết hàng loạt " + System.nanoTime());
		long agency = agencies.byCode("so-nnmt").orElseThrow().id();
		desk.screen(id, true, null, List.of(agency), factChecker);
		assertThat(process(id)).isWaitingAt("awaitVerification");
		long caseId = records.find(id).orElseThrow().verificationCaseId();

		accounts.createIfAbsent("fn-snnmt", "mat-khau-thu-nghiem", "Sở NN&MT", Set.of(Role.AGENCY), "so-nnmt");
		CurrentUser environment = accounts.currentUser("fn-snnmt");
		String task = agencyWork.tasksFor(environment).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow().taskId();
		agencyWork.reply(task, new ReplyForm("Quan trắc ngày 20/11: chất lượng nước đạt chuẩn, không có cá chết.", "88/SNNMT", null,
				null, null), List.of(), environment);
		decisions.review(cases.find(caseId, factChecker).orElseThrow().officerTasks().get(0).taskId(), true, null, factChecker);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(process(id)).isWaitingAt("proposeVerdict"));
		desk.propose(id, Verdict.FALSE, "Kết quả quan trắc cho thấy nước đạt chuẩn.", null, "Sở Nông nghiệp và Môi trường", factChecker);
		desk.decide(id, false, "Bổ sung số liệu quan trắc cụ thể", leader);
		assertThat(process(id)).isWaitingAt("proposeVerdict");
		desk.propose(id, Verdict.FALSE, "Quan trắc ngày 20/11: các chỉ tiêu đạt QCVN 08:2023.", null, "Sở Nông nghiệp và Môi trường", factChecker);
		desk.decide(id, true, null, leader);

		assertThat(process(id)).isEnded();
		assertThat(records.find(id).orElseThrow().status()).isEqualTo("PUBLISHED");
	}

	@Test
	void theSameRumourReportedTwiceIsHandledOnceWithBothReporters() {
		String claim = "Cầu Đại Ninh sắp sập, cấm lưu thông " + System.nanoTime();
		var first = intake.fromPublic(new ReportForm(claim, "Facebook", null, null, "0912345678", true, null), List.of(), "10.1.0.1");
		var second = intake.fromPublic(new ReportForm(claim.toUpperCase().replace("Đ", "D"), "Zalo", null, null, "b@example.vn", true, null),
				List.of(), "10.1.0.2");

		assertThat(second.merged()).isTrue();
		assertThat(second.trackingCode()).isEqualTo(first.trackingCode());
		long id = records.byTrackingCode(first.trackingCode()).orElseThrow().id();
		assertThat(records.reporterContacts(id)).containsExactly("0912345678", "b@example.vn");
	}

	@Test
	void onlyALeaderApprovesAndOnlyAtThatStep() {
		long id = report("Tin đồn dịch bệnh ở Bảo Lộc " + System.nanoTime());
		assertThatThrownBy(() -> desk.decide(id, true, null, leader)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> desk.decide(id, true, null, factChecker)).isInstanceOf(ReportNotFoundException.class);
	}

	private long report(String claim) {
		var receipt = intake.fromOfficer(new ReportForm(claim, "Facebook", null, null, null, false, null), List.of(), "fn-tingia");
		long id = records.byTrackingCode(receipt.trackingCode()).orElseThrow().id();
		process(id);
		return id;
	}

	/** The report's process, captured while it runs, so camunda-bpm-assert can follow it after it ends. */
	private ProcessInstance process(long id) {
		return instances.computeIfAbsent(id, reportId -> runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("report-" + reportId).singleResult());
	}
}
