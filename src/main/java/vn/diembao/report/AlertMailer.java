package vn.diembao.report;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;

/**
 * Mails alerts to officers each minute — well within five minutes of collection — except in the quiet hours, when
 * they wait and go together as the quiet period ends. Each alert is claimed before sending, so two nodes never mail
 * it twice; a failed send gives the claim back for the next minute.
 */
@Component
class AlertMailer {

	private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);

	private final Alerts alerts;
	private final UserAccounts accounts;
	private final JavaMailSender mail;
	private final AlertProperties properties;
	private final JdbcClient jdbc;
	private final String sender;
	private final String baseUrl;

	AlertMailer(Alerts alerts, UserAccounts accounts, JavaMailSender mail, AlertProperties properties, JdbcClient jdbc,
			@Value("${diembao.mail.from:diembao@localhost}") String sender,
			@Value("${diembao.base-url:http://localhost:8080}") String baseUrl) {
		this.alerts = alerts;
		this.accounts = accounts;
		this.mail = mail;
		this.properties = properties;
		this.jdbc = jdbc;
		this.sender = sender;
		this.baseUrl = baseUrl;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void everyMinute() {
		if (properties.schedulingEnabled()) {
			flush(Instant.now());
		}
	}

	/** Sends what waits unless {@code now} is in the quiet hours; how many alerts were mailed. */
	int flush(Instant now) {
		if (properties.quiet(now.atZone(ReportFigureSource.VIETNAM).toLocalTime())) {
			return 0;
		}
		List<String> recipients = accounts.emailsOf(Role.OFFICER);
		int sent = 0;
		for (Alerts.Alert alert : alerts.unmailed()) {
			if (!alerts.claimForMail(alert.id())) {
				continue;
			}
			if (recipients.isEmpty()) {
				continue;
			}
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(sender);
				message.setTo(recipients.toArray(String[]::new));
				message.setSubject("[Điểm báo] Cảnh báo: " + alert.title());
				message.setText(alert.detail() + "\n\n" + alert.title() + "\nXem tin, bài: " + baseUrl + alert.link()
						+ "\n\nThông báo lúc " + ReportMails.TIME.format(alert.createdAt().atZone(ReportFigureSource.VIETNAM))
						+ " — thư tự động của hệ thống Điểm báo.");
				mail.send(message);
				sent++;
			}
			catch (MailException e) {
				jdbc.sql("update app.alert set mailed_at = null where id = ?").param(alert.id()).update();
				log.warn("Không gửi được thư cảnh báo {}: {}", alert.id(), e.getMessage());
				break;
			}
		}
		return sent;
	}
}
