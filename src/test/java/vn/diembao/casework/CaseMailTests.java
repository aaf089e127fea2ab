package vn.diembao.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.directory.Agencies;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Case e-mails as a real SMTP server (GreenMail) receives them, in Vietnamese. */
@DiembaoTest
class CaseMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	PressCases cases;

	@Autowired
	Agencies agencies;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theAgencyIsAskedByMailAndTheDepartmentHearsWhenItIsLate() throws Exception {
		accounts.createIfAbsent("mail-canbo", "mat-khau-thu-nghiem", "Cán bộ", Set.of(Role.OFFICER), null);
		accounts.setEmail("mail-canbo", "canbo@stttt.lamdong.gov.vn");
		accounts.createIfAbsent("mail-lanhdao", "mat-khau-thu-nghiem", "Lãnh đạo", Set.of(Role.LEADER), null);
		accounts.setEmail("mail-lanhdao", "lanhdao@stttt.lamdong.gov.vn");
		CurrentUser officer = accounts.currentUser("mail-canbo");

		long caseId = cases.open(new OpenCaseCommand(null, "Dân phản ánh bãi rác gây ô nhiễm ở Đức Trọng", "https://bao.example.vn/rac",
				"Báo thử", "Xác minh việc bãi rác gây ô nhiễm", List.of(agencies.byCode("so-tc").orElseThrow().id()),
				Severity.URGENT), officer);

		MimeMessage request = awaitMessageTo("sotc@lamdong.gov.vn");
		assertThat(request.getSubject()).isEqualTo("[Điểm báo] Đề nghị xác minh, phản hồi: Dân phản ánh bãi rác gây ô nhiễm ở Đức Trọng");
		assertThat((String) request.getContent()).contains("Nội dung cần xác minh", "Thời hạn phản hồi");

		LocalDate deadline = cases.find(caseId, officer).orElseThrow().assignments().get(0).deadline();
		ClockUtil.setCurrentTime(Date.from(deadline.atTime(17, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
		String processInstance = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService()
			.createProcessInstanceQuery().processDefinitionKey("pressResponse").processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getId();
		management.createJobQuery().processInstanceId(processInstance).timers().activityId("deadlinePassed").list()
			.forEach(job -> management.executeJob(job.getId()));

		MimeMessage overdueToLeader = awaitMessageTo("lanhdao@stttt.lamdong.gov.vn");
		assertThat(overdueToLeader.getSubject()).startsWith("[Điểm báo] Sở Tài chính quá hạn phản hồi");
		assertThat(awaitMessageTo("canbo@stttt.lamdong.gov.vn").getSubject()).contains("quá hạn phản hồi");
	}

	private MimeMessage awaitMessageTo(String address) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Không có thư nào gửi tới " + address);
	}
}
