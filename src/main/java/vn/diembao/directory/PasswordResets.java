package vn.diembao.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.diembao.shared.audit.AuditLog;
import vn.diembao.shared.security.PasswordPolicy;

/**
 * Password reset by a link sent to the user's own address: valid for a day, usable once. The administrator never
 * sees or chooses the new password.
 */
@Service
class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final JavaMailSender mail;
	private final AuditLog audit;
	private final String baseUrl;
	private final String sender;

	PasswordResets(JdbcClient jdbc, PasswordEncoder encoder, JavaMailSender mail, AuditLog audit,
			@Value("${diembao.base-url:http://localhost:8080}") String baseUrl,
			@Value("${diembao.mail.from:diembao@localhost}") String sender) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.mail = mail;
		this.audit = audit;
		this.baseUrl = baseUrl;
		this.sender = sender;
	}

	/** Creates a link and e-mails it (after commit); returns the address it goes to. */
	@Transactional
	String sendLink(long userId, String admin) {
		record Target(String username, String fullName, String email, boolean enabled) {
		}
		Target user = jdbc.sql("select username, full_name, email, enabled from app.app_user where id = ?")
			.param(userId)
			.query(Target.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("Không có người dùng " + userId));
		if (user.email() == null || user.email().isBlank()) {
			throw new IllegalArgumentException("Người dùng " + user.username() + " chưa có e-mail: hãy nhập e-mail trước khi gửi liên kết.");
		}
		if (!user.enabled()) {
			throw new IllegalArgumentException("Tài khoản " + user.username() + " đang bị khóa: hãy mở khóa trước.");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		// an older unused link stops working once a new one is sent
		jdbc.sql("update app.password_reset set used_at = now() where user_id = ? and used_at is null").param(userId).update();
		jdbc.sql("insert into app.password_reset (token_hash, user_id, expires_at) values (?, ?, now() + ?::interval)")
			.params(hash(token), userId, VALIDITY.toHours() + " hours")
			.update();
		audit.record(admin, "Gửi liên kết đặt lại mật khẩu", UserAdministration.AUDIT_SUBJECT, userId, user.email());
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(sender);
		email.setTo(user.email());
		email.setSubject("[Điểm báo] Đặt lại mật khẩu");
		email.setText("Kính gửi " + user.fullName() + ",\n\nQuản trị hệ thống Điểm báo đã tạo liên kết để bạn đặt mật khẩu mới cho tài khoản “"
				+ user.username() + "”:\n\n" + baseUrl + "/dat-lai-mat-khau?ma=" + token
				+ "\n\nLiên kết dùng được một lần trong " + VALIDITY.toHours() + " giờ. Nếu bạn không yêu cầu, hãy bỏ qua thư này."
				+ "\n\n— Điểm báo (thư tự động, vui lòng không trả lời)");
		afterCommit(() -> {
			try {
				mail.send(email);
			}
			catch (MailException e) {
				log.warn("Không gửi được liên kết đặt lại mật khẩu cho {}: {}", user.username(), e.getMessage());
			}
		});
		return user.email();
	}

	/** The username the link is for, while it is valid. */
	Optional<String> usernameFor(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select u.username from app.password_reset p join app.app_user u on u.id = p.user_id
				where p.token_hash = ? and p.used_at is null and p.expires_at > now() and u.enabled""")
			.param(hash(token))
			.query(String.class)
			.optional();
	}

	@Transactional
	void reset(String token, String password, String repeated) {
		String username = usernameFor(token)
			.orElseThrow(() -> new IllegalArgumentException("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn."));
		var check = new InvalidInput.Check();
		PasswordPolicy.problem(username, password).ifPresent(problem -> check.that(false, "password", problem));
		check.that(password != null && password.equals(repeated), "repeated", "Hai lần nhập mật khẩu không khớp.");
		check.throwIfAny();
		long userId = jdbc.sql("update app.password_reset set used_at = now() where token_hash = ? returning user_id")
			.param(hash(token))
			.query(Long.class)
			.single();
		jdbc.sql("update app.app_user set password_hash = ? where id = ?").params(encoder.encode(password), userId).update();
		audit.record(username, "Đặt lại mật khẩu", UserAdministration.AUDIT_SUBJECT, userId, null);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
