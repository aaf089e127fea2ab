package vn.diembao.fakenews;

import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A reporter who left an e-mail address hears of the published conclusion (real SMTP: GreenMail). */
@DiembaoTest
class ReporterMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	FakeNewsIntake intake;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	FakeNewsRecords records;

	@Autowired
	UserAccounts accounts;

	@Test
	void theReporterIsToldByMailWhenTheConclusionIsPublished() throws Exception {
		accounts.createIfAbsent("mail-tingia", "x-mat-khau", "Tổ", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("mail-lanhdao2", "x-mat-khau", "LĐ", Set.of(Role.LEADER), null);
		CurrentUser factChecker = accounts.currentUser("mail-tingia");
		var receipt = intake.fromPublic(new ReportForm("Tin đồn mất nước toàn Phan Thiết " + System.nanoTime(), "Facebook", null,
				null, "nguoi.dan@example.vn", true, null), List.of(), "10.4.0.1");
		long id = records.byTrackingCode(receipt.trackingCode()).orElseThrow().id();
		desk.screen(id, true, null, List.of(), factChecker);
		desk.propose(id, Verdict.FALSE, "Công ty cấp nước chỉ tạm ngừng ở 2 khu phố để sửa ống.", null, null, factChecker);
		desk.decide(id, true, null, accounts.currentUser("mail-lanhdao2"));

		MimeMessage message = awaitSubject("[Tin giả] Đã có kết luận về phản ánh " + receipt.trackingCode());
		assertThat((String) message.getContent()).contains("Tin sai sự thật", "/tin-gia/" + id);
	}

	/** Other tests' mails may reach this server too: wait for ours. */
	private MimeMessage awaitSubject(String subject) throws Exception {
		for (int attempt = 0; attempt < 100; attempt++) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (subject.equals(message.getSubject())) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Không có thư với tiêu đề " + subject);
	}
}
