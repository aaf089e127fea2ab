package vn.diembao.fakenews;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the people who reported a rumour that its conclusion is published — by e-mail when they left an address
 * (a phone number is shown to the team, who call back). Sent after commit; a mail server that is down costs a log line.
 */
@Component
class ReporterNotifier {

	private static final Logger log = LoggerFactory.getLogger(ReporterNotifier.class);

	private final JavaMailSender mail;
	private final String baseUrl;
	private final String sender;

	ReporterNotifier(JavaMailSender mail, @Value("${diembao.base-url:http://localhost:8080}") String baseUrl,
			@Value("${diembao.mail.from:diembao@localhost}") String sender) {
		this.mail = mail;
		this.baseUrl = baseUrl;
		this.sender = sender;
	}

	void conclusionPublished(FakeNewsReport report, List<String> contacts) {
		List<String> addresses = contacts.stream().filter(c -> c.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).toList();
		if (addresses.isEmpty()) {
			return;
		}
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(sender);
		email.setBcc(addresses.toArray(String[]::new));
		email.setSubject("[Tin giả] Đã có kết luận về phản ánh " + report.trackingCode());
		email.setText("Cảm ơn bạn đã phản ánh. Thông tin bạn báo được kết luận: " + report.verdictLabel() + ".\n\n"
				+ report.conclusion() + "\n\nXem chi tiết: " + baseUrl + "/tin-gia/" + report.id()
				+ "\n\n— Tổ theo dõi, xử lý tin giả (thư tự động, vui lòng không trả lời)");
		Runnable send = () -> {
			try {
				mail.send(email);
			}
			catch (MailException e) {
				log.warn("Không gửi được thư báo kết luận {}: {}", report.trackingCode(), e.getMessage());
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
