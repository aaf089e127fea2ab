package vn.diembao.casework;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;

/**
 * Tells people about case events in the app (a notification row, kept with the transaction) and by e-mail (sent
 * after commit; a mail server that is down costs a log line, never the case action).
 */
@Component
class CaseNotifier {

	private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);
	private static final String SUBJECT_PREFIX = "[Điểm báo] ";

	private final JdbcClient jdbc;
	private final JavaMailSender mail;
	private final UserAccounts users;
	private final String baseUrl;
	private final String sender;

	CaseNotifier(JdbcClient jdbc, JavaMailSender mail, UserAccounts users,
			@Value("${diembao.base-url:http://localhost:8080}") String baseUrl,
			@Value("${diembao.mail.from:diembao@localhost}") String sender) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.users = users;
		this.baseUrl = baseUrl;
		this.sender = sender;
	}

	record Message(String subject, String body, String link) {
	}

	void toAgency(CaseRecords.AssignmentRow assignment, Message message) {
		inApp("agency:" + assignment.agencyCode(), message);
		email(assignment.agencyEmail() == null ? List.of() : List.of(assignment.agencyEmail()), message);
	}

	void toRole(Role role, Message message) {
		inApp("role:" + role.name(), message);
		email(users.emailsOf(role), message);
	}

	private void inApp(String recipient, Message message) {
		jdbc.sql("insert into app.notification (recipient, message, link) values (?, ?, ?)")
			.params(recipient, message.subject(), message.link())
			.update();
	}

	private void email(List<String> recipients, Message message) {
		if (recipients.isEmpty()) {
			return;
		}
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(sender);
		email.setTo(recipients.toArray(String[]::new));
		email.setSubject(SUBJECT_PREFIX + message.subject());
		email.setText(message.body() + "\n\nXem chi tiết: " + baseUrl + message.link()
				+ "\n\n— Hệ thống Điểm báo (thư tự động, vui lòng không trả lời thư này)");
		Runnable send = () -> {
			try {
				mail.send(email);
			}
			catch (MailException e) {
				log.warn("Không gửi được thư \"{}\" tới {}: {}", message.subject(), recipients, e.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}
}
