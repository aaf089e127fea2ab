package vn.diembao.directory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.diembao.shared.security.PasswordPolicy;

/**
 * Creates the first administrator when there is none: from DIEMBAO_ADMIN_USERNAME / DIEMBAO_ADMIN_PASSWORD, or
 * with a generated password printed once. There is never a fixed default password outside the demo profile.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts users;
	private final String username;
	private final String password;

	FirstAdmin(UserAccounts users, @Value("${DIEMBAO_ADMIN_USERNAME:admin}") String username,
			@Value("${DIEMBAO_ADMIN_PASSWORD:}") String password) {
		this.users = users;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.anyWithRole(Role.ADMIN)) {
			return;
		}
		boolean generated = password.isBlank();
		String secret = generated ? generatePassword() : password;
		users.createIfAbsent(username, secret, "Quản trị hệ thống", Set.of(Role.ADMIN), null);
		if (generated) {
			log.warn("Đã tạo tài khoản quản trị đầu tiên '{}' với mật khẩu: {} — hãy đổi mật khẩu sau khi đăng nhập.",
					username, secret);
		}
		else {
			log.info("Đã tạo tài khoản quản trị đầu tiên '{}' từ biến môi trường.", username);
			PasswordPolicy.problem(username, password).ifPresent(problem -> log.warn(
					"DIEMBAO_ADMIN_PASSWORD không đạt chính sách mật khẩu ({}) — hãy đổi mật khẩu ngay sau khi đăng nhập.", problem));
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
