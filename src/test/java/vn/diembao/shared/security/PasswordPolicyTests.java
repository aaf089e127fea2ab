package vn.diembao.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void longPassphrasesInAnyScriptAreAccepted() {
		assertThat(PasswordPolicy.problem("canbo", "đồi thông hai mộ 1975")).isEmpty();
		assertThat(PasswordPolicy.problem("canbo", "xk7-Qp2-vv9-Lm4")).isEmpty();
	}

	@Test
	void shortPasswordsAreRefusedCountingCharactersNotBytes() {
		assertThat(PasswordPolicy.problem("canbo", "ngắn quá")).contains("Mật khẩu cần ít nhất 12 ký tự.");
		// 12 Vietnamese letters are 12 characters even where NFD would make them longer
		assertThat(PasswordPolicy.problem("canbo", "đẹpđẽđườngxá")).isEmpty();
		assertThat(PasswordPolicy.problem("canbo", "a".repeat(129))).contains("Mật khẩu dài quá 128 ký tự.");
	}

	@Test
	void theUserNameAndCommonPasswordsAreRefused() {
		assertThat(PasswordPolicy.problem("nguyenvana", "Nguyễn-Văn-A-2026!")).contains("Mật khẩu không được chứa tên đăng nhập.");
		assertThat(PasswordPolicy.problem("canbo", "MatKhau12345")).contains("Mật khẩu quá dễ đoán, hãy chọn một cụm từ khác.");
		assertThat(PasswordPolicy.problem("canbo", "aaaaaaaaaaaaab")).contains("Mật khẩu quá dễ đoán, hãy chọn một cụm từ khác.");
	}
}
