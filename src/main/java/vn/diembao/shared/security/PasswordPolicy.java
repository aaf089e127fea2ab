package vn.diembao.shared.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.diembao.shared.text.VietnameseText;

/**
 * What a password chosen by a person must be (ASVS 2.1): at least 12 characters, at most 128, any characters
 * (Vietnamese included, no composition rules), not the user name and not one of the passwords everyone tries first.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "qwertyuiop12", "password1234",
			"passwordpassword", "matkhau12345", "matkhaumoi123", "abc123456789", "111111111111", "000000000000",
			"admin1234567", "administrator", "qwerty123456", "iloveyou1234", "123456789abc", "1q2w3e4r5t6y",
			"vietnam12345", "hanoi1234567", "saigon123456", "lamdong12345", "sovanhoa1234", "changeme1234");

	private PasswordPolicy() {
	}

	/** The reason the password is refused, in Vietnamese; empty when it is acceptable. */
	public static Optional<String> problem(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("Mật khẩu dài quá " + MAX_LENGTH + " ký tự.");
		}
		String folded = VietnameseText.fold(password).replace(" ", "");
		if (username != null && !username.isBlank() && folded.contains(VietnameseText.fold(username).replace(" ", ""))) {
			return Optional.of("Mật khẩu không được chứa tên đăng nhập.");
		}
		if (COMMON.contains(folded.toLowerCase(Locale.ROOT)) || folded.chars().distinct().count() < 4) {
			return Optional.of("Mật khẩu quá dễ đoán, hãy chọn một cụm từ khác.");
		}
		return Optional.empty();
	}
}
