package vn.diembao.bulletin;

import java.util.List;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.diembao.shared.audit.AuditLog;

/**
 * Sends a published bulletin to its kind's distribution list: the print layout as the HTML body and the PDF attached.
 * Sent after commit: a mail server that is down costs a log line, never the publication.
 */
@Component
class BulletinMailer {

	private static final Logger log = LoggerFactory.getLogger(BulletinMailer.class);

	private final Editions editions;
	private final PdfRenderer renderer;
	private final JavaMailSender mail;
	private final BulletinProperties properties;
	private final AuditLog audit;
	private final String sender;

	BulletinMailer(Editions editions, PdfRenderer renderer, JavaMailSender mail, BulletinProperties properties, AuditLog audit,
			@Value("${diembao.mail.from:diembao@localhost}") String sender) {
		this.editions = editions;
		this.renderer = renderer;
		this.mail = mail;
		this.properties = properties;
		this.audit = audit;
		this.sender = sender;
	}

	void send(long bulletinId) {
		Edition edition = editions.of(bulletinId);
		List<String> recipients = properties.recipientsOf(edition.bulletin().kind());
		if (recipients.isEmpty() || !edition.bulletin().isPublished()) {
			return;
		}
		String html = renderer.html(edition);
		byte[] pdf = renderer.pdf(edition);
		String subject = "[Điểm báo] " + edition.title() + " — " + edition.subheading();
		Runnable send = () -> {
			try {
				var message = mail.createMimeMessage();
				var helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setFrom(sender);
				helper.setTo(recipients.toArray(String[]::new));
				helper.setSubject(subject);
				helper.setText(html, true);
				helper.addAttachment(fileName(edition) + ".pdf", new ByteArrayResource(pdf), "application/pdf");
				mail.send(message);
			}
			catch (MailException | MessagingException e) {
				log.warn("Không gửi được bản tin {} tới {}: {}", bulletinId, recipients, e.getMessage());
			}
		};
		audit.record(Bulletins.SYSTEM, "Gửi thư bản tin", Bulletins.AUDIT_SUBJECT, bulletinId, String.join(", ", recipients));
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

	/** ASCII file names survive every mail client: “diem-bao-province-daily-2026-05”. */
	static String fileName(Edition edition) {
		Bulletin b = edition.bulletin();
		String number = b.number() == null ? "du-thao-" + b.id() : "%d-%02d".formatted(b.numberYear(), b.number());
		return "diem-bao-" + b.kind().code() + "-" + number + (b.revision() > 1 ? "-r" + b.revision() : "");
	}
}
