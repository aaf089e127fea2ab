package vn.diembao.bulletin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.shared.audit.AuditLog;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** One test per path of bpmn/bulletin.bpmn; timers fired by moving the engine's clock. */
@DiembaoTest
class BulletinProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	BulletinWorkflow workflow;

	@Autowired
	BulletinRecords records;

	@Autowired
	Bulletins bulletins;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theOfficerCuratesTheLeaderApprovesAndPublicationGivesTheNextNumber() {
		LocalDate day = LocalDate.of(2035, 5, 9);
		new BulletinFixtures(jdbc).provinceNews(day.minusDays(1), "Tỉnh đón nhận bằng di tích quốc gia", "Báo A", Tone.POSITIVE);
		long id = start(BulletinKind.PROVINCE_DAILY, day);
		ProcessInstance process = processOf(id);

		assertThat(process).isWaitingAt(BulletinWorkflow.CURATE);
		assertThat(records.items(id)).hasSize(1);
		workflow.submit(id, "canbo");
		assertThat(process).isWaitingAt(BulletinWorkflow.APPROVE);
		assertThat(records.find(id).orElseThrow().status()).isEqualTo(BulletinStatus.IN_REVIEW);
		workflow.approve(id, "lanhdao");

		assertThat(process).hasPassed("publish", "deliver").isEnded();
		Bulletin published = records.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(BulletinStatus.PUBLISHED);
		assertThat(published.numberLabel()).isEqualTo("Số 01/2035");
		assertThat(published.approvedBy()).isEqualTo("lanhdao");
		assertThat(audit.history(Bulletins.AUDIT_SUBJECT, id)).extracting(AuditLog.Entry::action)
			.contains("Lập bản tin", "Trình duyệt", "Duyệt bản tin", "Phát hành bản tin");
	}

	@Test
	void aReturnedDraftGoesBackToTheOfficerWithTheLeadersComment() {
		long id = start(BulletinKind.PROVINCE_DAILY, LocalDate.of(2034, 5, 10));
		ProcessInstance process = processOf(id);
		workflow.submit(id, "canbo");

		workflow.returnForChanges(id, "Bổ sung tin về hội nghị xúc tiến đầu tư", "lanhdao");

		assertThat(process).isWaitingAt(BulletinWorkflow.CURATE);
		Bulletin returned = records.find(id).orElseThrow();
		assertThat(returned.status()).isEqualTo(BulletinStatus.DRAFT);
		assertThat(returned.reviewComment()).isEqualTo("Bổ sung tin về hội nghị xúc tiến đầu tư");
		assertThatThrownBy(() -> workflow.approve(id, "lanhdao")).isInstanceOf(IllegalStateException.class);
		workflow.submit(id, "canbo");
		workflow.approve(id, "lanhdao");
		assertThat(process).isEnded();
	}

	@Test
	void aDailyKindWithoutApprovalPublishesItselfAtTheSetTime() {
		LocalDate day = LocalDate.of(2036, 5, 12);
		new BulletinFixtures(jdbc).article(day.minusDays(1), "Chữ ký số cho mọi người dân", "Sapo", "Báo B", Tone.POSITIVE,
				Topic.IT_DIGITAL, false, false, "");
		long id = start(BulletinKind.IT_DAILY, day);
		ProcessInstance process = processOf(id);
		assertThat(process).isWaitingAt(BulletinWorkflow.CURATE_BEFORE_AUTO_PUBLISH);
		var timer = management.createJobQuery().processInstanceId(process.getId()).activityId("autoPublishTime").singleResult();
		assertThat(timer.getDuedate()).isEqualTo(at(day, LocalTime.of(9, 0)));

		ClockUtil.setCurrentTime(at(day, LocalTime.of(9, 1)));
		management.executeJob(timer.getId());

		assertThat(process).hasPassed("autoPublishTime", "publish").isEnded();
		assertThat(records.find(id).orElseThrow().numberLabel()).isEqualTo("Số 01/2036");
	}

	@Test
	void theOfficerMayPublishAnAutoPublishingKindEarly() {
		long id = start(BulletinKind.ADMIN_REFORM_DAILY, LocalDate.of(2034, 5, 12));
		ProcessInstance process = processOf(id);
		workflow.submit(id, "canbo");
		assertThat(process).hasPassed("publish").isEnded();
		assertThat(records.find(id).orElseThrow().isPublished()).isTrue();
	}

	@Test
	void theMorningTimerCreatesTheEditionsDueOnAWorkingMonday() {
		// 2 January 2034 is a Monday and the first working day of the month (1 January is a holiday)
		LocalDate monday = LocalDate.of(2034, 1, 2);
		var tick = management.createJobQuery().processDefinitionKey(BulletinWorkflow.PROCESS).timers()
			.activityId("scheduleTick").singleResult();
		assertThat(tick).isNotNull();

		ClockUtil.setCurrentTime(at(monday, LocalTime.of(7, 30)));
		management.executeJob(tick.getId());

		var created = jdbc.sql("select kind from app.bulletin where issue_date = ? order by kind").param(monday)
			.query(String.class).list();
		assertThat(created).containsExactlyInAnyOrder("ADMIN_REFORM_DAILY", "DOMESTIC_DAILY", "IT_DAILY", "PROVINCE_DAILY",
				"PROVINCE_WEEKLY", "PROVINCE_MONTHLY");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BulletinWorkflow.PROCESS).active().list()
			.stream().filter(p -> created.size() > 0).count()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void aCorrectionIsANewRevisionWithTheSameNumberAndItsNote() {
		long id = start(BulletinKind.DOMESTIC_DAILY, LocalDate.of(2034, 6, 1));
		workflow.submit(id, "canbo");
		Bulletin first = records.find(id).orElseThrow();

		long revision = workflow.correct(id, "Sửa tên cơ quan báo chí ở mục 2", "canbo");

		assertThat(processOf(revision)).isWaitingAt(BulletinWorkflow.CURATE_BEFORE_AUTO_PUBLISH);
		workflow.submit(revision, "canbo");
		Bulletin corrected = records.find(revision).orElseThrow();
		assertThat(corrected.number()).isEqualTo(first.number());
		assertThat(corrected.revision()).isEqualTo(2);
		assertThat(corrected.numberLabel()).endsWith("(đính chính lần 1)");
		assertThat(corrected.correctionNote()).isEqualTo("Sửa tên cơ quan báo chí ở mục 2");
		assertThatThrownBy(() -> workflow.correct(id, "Lần nữa", "canbo")).isInstanceOf(IllegalStateException.class);
	}

	private long start(BulletinKind kind, LocalDate day) {
		long id = bulletins.create(kind, day).orElseThrow();
		workflow.start(id);
		return id;
	}

	private ProcessInstance processOf(long id) {
		return runtime.createProcessInstanceQuery().processDefinitionKey("bulletin").processInstanceBusinessKey(String.valueOf(id))
			.singleResult();
	}

	private static Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(BulletinPeriods.VIETNAM).toInstant());
	}
}
