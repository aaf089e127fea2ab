package vn.diembao.shared.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Refuses a locked user name before its password is even looked at, with the same answer for accounts that exist and
 * those that do not.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	private final AuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			throttle.lockedUntil(authentication.getName()).ifPresent(until -> {
				throw new LockedException("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau " + TIME.format(until));
			});
		}
		catch (DataAccessException databaseAway) {
			// without the database nobody can be checked: say so rather than “wrong password”
			throw new InternalAuthenticationServiceException("Cơ sở dữ liệu tạm thời không truy cập được", databaseAway);
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
