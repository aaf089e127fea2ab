package vn.diembao.sites;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The agency hears by e-mail (GreenMail) when its site has failed a check for more than a week — once a week. */
@DiembaoTest
class SiteAlertMailTests {

	private static final String SUBJECT = "[Điểm báo] Trang thông tin điện tử Sở Tài chính (thư thử) chưa đạt yêu cầu";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	SiteMonitor monitor;

	@Autowired
	SiteRegistry registry;

	@Autowired
	SiteChecks checks;

	@Autowired
	SiteResults results;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	UserAccounts accounts;

	@Test
	void aBannerMissingForMoreThanAWeekIsMailedToTheAgencyOnceAWeek() throws Exception {
		accounts.createIfAbsent("sites-mail-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		accounts.setEmail("sites-mail-canbo", "theodoi-trangtin@stttt.lamdong.gov.vn");
		CurrentUser officer = accounts.currentUser("sites-mail-canbo");
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("Sở Tài chính", false, new String[] { "Giới thiệu", "/gioi-thieu" }));
			Website website = registry.save(new SiteForm("Sở Tài chính (thư thử)", site.url("/"), "sở", "so-tc", null), officer);
			long banner = checks.byCode("banner-dai-hoi").orElseThrow().id();
			Instant now = Instant.now();
			results.record(website.id(), banner, CheckStatus.RED, "Không thấy banner trên trang chủ", null, null,
					now.minus(Duration.ofDays(10)));

			monitor.check(website.id(), now);

			MimeMessage alert = awaitSubject(SUBJECT, 1).get(0);
			assertThat(Arrays.stream(alert.getRecipients(MimeMessage.RecipientType.TO)).map(Object::toString))
				.containsExactly("sotc@lamdong.gov.vn");
			assertThat(Arrays.stream(alert.getRecipients(MimeMessage.RecipientType.CC)).map(Object::toString))
				.contains("theodoi-trangtin@stttt.lamdong.gov.vn");
			String body = ((String) alert.getContent()).replace("\r\n", "\n");
			assertThat(body).contains("Kính gửi Sở Tài chính (thư thử),", site.url("/"),
					"- Banner tuyên truyền Đại hội Đảng — không đạt từ " + SiteClock.day(now.minus(Duration.ofDays(10))));
			assertThat(body).as("checks red for less than a week are not mailed yet").doesNotContain("Thông tin liên hệ");

			monitor.check(website.id(), now.plus(Duration.ofHours(1)));
			monitor.check(website.id(), now.plus(Duration.ofDays(6)));
			Thread.sleep(500);
			assertThat(messagesWith(SUBJECT)).as("at most one mail a week").hasSize(1);

			monitor.check(website.id(), now.plus(Duration.ofDays(8)));
			List<MimeMessage> both = awaitSubject(SUBJECT, 2);
			assertThat((String) both.get(1).getContent()).contains("Thông tin liên hệ — không đạt từ");
		}
	}

	private List<MimeMessage> awaitSubject(String subject, int count) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			List<MimeMessage> found = messagesWith(subject);
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Không đủ " + count + " thư “" + subject + "”");
	}

	/** One per mail sent: GreenMail stores a copy per recipient, so To and Cc copies are folded by Message-ID. */
	private List<MimeMessage> messagesWith(String subject) throws Exception {
		java.util.Map<String, MimeMessage> found = new java.util.LinkedHashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject())) {
				found.putIfAbsent(message.getMessageID(), message);
			}
		}
		return List.copyOf(found.values());
	}
}
