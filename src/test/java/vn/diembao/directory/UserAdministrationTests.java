package vn.diembao.directory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** “Người dùng và vai trò”: validation, agency binding, the last-admin guard, disabling and the e-mailed reset link. */
@DiembaoTest
class UserAdministrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserAdministration users;

	@Autowired
	Agencies agencies;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor admin() {
		return TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);
	}

	@Test
	void invalidInputIsRefusedWithAMessagePerField() throws Exception {
		mvc.perform(post("/quan-tri/nguoi-dung").with(admin()).with(csrf())
				.param("username", "có dấu").param("fullName", " ").param("email", "khong-phai-email")
				.param("roles", "AGENCY").param("agencyId", "").param("password", "ngan"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Tên đăng nhập chỉ gồm chữ không dấu"),
					org.hamcrest.Matchers.containsString("Hãy nhập họ và tên."),
					org.hamcrest.Matchers.containsString("Địa chỉ e-mail “khong-phai-email” không hợp lệ."),
					org.hamcrest.Matchers.containsString("Người dùng cơ quan phải gắn với một cơ quan."),
					org.hamcrest.Matchers.containsString("Mật khẩu cần ít nhất 12 ký tự."))));
		assertThat(jdbc.sql("select count(*) from app.app_user where username = 'có dấu'").query(Long.class).single()).isZero();
	}

	@Test
	void anAgencyUserIsBoundToTheChosenAgencyAndTheChangeIsAudited() throws Exception {
		long agencyId = agencies.byCode("so-yt").orElseThrow().id();
		mvc.perform(post("/quan-tri/nguoi-dung").with(admin()).with(csrf())
				.param("username", "nd-soyt").param("fullName", "Đầu mối Sở Y tế").param("email", "daumoi@soyt.lamdong.gov.vn")
				.param("roles", "AGENCY").param("agencyId", String.valueOf(agencyId)).param("password", "mat-khau-du-dai"))
			.andExpect(status().is3xxRedirection());
		CurrentUser created = accounts.currentUser("nd-soyt");
		assertThat(created.agency().code()).isEqualTo("so-yt");
		assertThat(created.isAgencyOnly()).isTrue();
		assertThat(jdbc.sql("select count(*) from app.audit_event where subject_type = 'USER' and action = 'Tạo người dùng' and subject_id = ?")
			.param(String.valueOf(created.id())).query(Long.class).single()).isOne();

		mvc.perform(get("/quan-tri/nguoi-dung").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đầu mối Sở Y tế")));
		mvc.perform(get("/quan-tri/nguoi-dung").with(TestUsers.officer(accounts))).andExpect(status().isForbidden());
	}

	@Test
	void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
		accounts.createIfAbsent("qt-cuoi", TestUsers.PASSWORD, "Quản trị cuối", Set.of(Role.ADMIN), null);
		long last = accounts.currentUser("qt-cuoi").id();
		List<Long> others = jdbc.sql("""
				select u.id from app.app_user u join app.user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id <> ?""").param(last).query(Long.class).list();
		try {
			others.forEach(id -> users.setEnabled(id, false, "test"));

			assertThatThrownBy(() -> users.setEnabled(last, false, "test"))
				.hasMessage("Không thể khóa quản trị viên cuối cùng: hãy tạo hoặc mở khóa một quản trị viên khác trước.");
			assertThatThrownBy(() -> users.update(last, new UserAdministration.UserForm(null, "Quản trị cuối", null,
					EnumSet.of(Role.OFFICER), null, null), "test"))
				.hasMessage("Không thể bỏ vai trò quản trị của quản trị viên cuối cùng.");
			assertThat(accounts.currentUser("qt-cuoi").has(Role.ADMIN)).isTrue();
			assertThat(accounts.anyWithRole(Role.ADMIN)).isTrue();
		}
		finally {
			others.forEach(id -> users.setEnabled(id, true, "test"));
		}
		users.setEnabled(last, false, "test");
		assertThat(users.byId(last).orElseThrow().enabled()).isFalse();
	}

	@Test
	void aDisabledUserCannotSignInAndASignInIsRecordedAsLastLogin() throws Exception {
		accounts.createIfAbsent("nd-khoa", TestUsers.PASSWORD, "Người bị khóa", Set.of(Role.OFFICER), null);
		long id = accounts.currentUser("nd-khoa").id();

		mvc.perform(formLogin().user("nd-khoa").password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(users.byId(id).orElseThrow().lastLoginAt()).isNotNull();

		mvc.perform(post("/quan-tri/nguoi-dung/{id}/khoa", id).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã khóa tài khoản."));
		mvc.perform(formLogin().user("nd-khoa").password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aResetLinkIsEmailedWorksOnceAndSetsTheNewPassword() throws Exception {
		accounts.createIfAbsent("nd-quenmk", TestUsers.PASSWORD, "Cán bộ quên mật khẩu", Set.of(Role.OFFICER), null);
		accounts.setEmail("nd-quenmk", "quenmk@stttt.lamdong.gov.vn");
		long id = accounts.currentUser("nd-quenmk").id();

		mvc.perform(post("/quan-tri/nguoi-dung/{id}/dat-lai-mat-khau", id).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã gửi liên kết đặt lại mật khẩu tới quenmk@stttt.lamdong.gov.vn."));
		MimeMessage mail = awaitMessageTo("quenmk@stttt.lamdong.gov.vn");
		assertThat(mail.getSubject()).isEqualTo("[Điểm báo] Đặt lại mật khẩu");
		Matcher link = Pattern.compile("/dat-lai-mat-khau\\?ma=([A-Za-z0-9_-]+)").matcher((String) mail.getContent());
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		mvc.perform(get("/dat-lai-mat-khau").param("ma", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nd-quenmk")));
		mvc.perform(post("/dat-lai-mat-khau").with(csrf()).param("ma", token).param("password", "sao-khue-lap-lanh-9")
				.param("repeated", "sao-khue-khac-hon-9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hai lần nhập mật khẩu không khớp.")));
		mvc.perform(post("/dat-lai-mat-khau").with(csrf()).param("ma", token).param("password", "sao-khue-lap-lanh-9")
				.param("repeated", "sao-khue-lap-lanh-9"))
			.andExpect(redirectedUrl("/login?matkhaumoi"));

		assertThat(encoder.matches("sao-khue-lap-lanh-9", accounts.loadUserByUsername("nd-quenmk").getPassword())).isTrue();
		mvc.perform(get("/dat-lai-mat-khau").param("ma", token)).andExpect(status().isNotFound());
		mvc.perform(post("/dat-lai-mat-khau").with(csrf()).param("ma", token).param("password", "mat-khau-thu-ba-1")
				.param("repeated", "mat-khau-thu-ba-1"))
			.andExpect(status().isNotFound());
		assertThat(encoder.matches("sao-khue-lap-lanh-9", accounts.loadUserByUsername("nd-quenmk").getPassword())).isTrue();
	}

	private MimeMessage awaitMessageTo(String address) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Không có thư nào gửi tới " + address);
	}
}
