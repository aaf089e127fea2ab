package vn.diembao.shared.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Sign-in over the real port: lockout after repeated wrong passwords, a new session id after login, the headers. */
@DiembaoTest
class AuthenticationHardeningTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void fiveWrongPasswordsLockTheNameEvenAgainstTheRightPassword() throws Exception {
		accounts.createIfAbsent("lockout-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		Browser browser = new Browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.login("lockout-canbo", "sai-mat-khau-" + attempt)).endsWith("/login?error");
		}
		assertThat(browser.login("lockout-canbo", TestUsers.PASSWORD)).endsWith("/login?locked");
		assertThat(browser.get("/login?locked").body()).contains("Tài khoản tạm khóa");
		// the API door is the same door
		assertThat(basic("/api/v1/cases", "lockout-canbo", TestUsers.PASSWORD).statusCode()).isEqualTo(401);
	}

	@Test
	void aNameThatDoesNotExistLocksTheSameWaySoLocksRevealNothing() throws Exception {
		Browser browser = new Browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser.login("khong-ton-tai", "sai")).endsWith("/login?error");
		}
		assertThat(browser.login("khong-ton-tai", "sai")).endsWith("/login?locked");
	}

	@Test
	void wrongPasswordsBelowTheLimitAreForgottenAfterASuccessfulLogin() throws Exception {
		accounts.createIfAbsent("lockout-lanhdao", TestUsers.PASSWORD, "Lãnh đạo", Set.of(Role.LEADER), null);
		Browser browser = new Browser();
		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(browser.login("lockout-lanhdao", "sai")).endsWith("/login?error");
			}
			assertThat(browser.login("lockout-lanhdao", TestUsers.PASSWORD)).doesNotContain("/login");
		}
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		accounts.createIfAbsent("fixation-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		Browser browser = new Browser();
		browser.get("/login");
		String before = browser.session();
		assertThat(before).isNotNull();
		browser.login("fixation-canbo", TestUsers.PASSWORD);
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self';"),
					containsString("frame-ancestors 'self'"), containsString("object-src 'none'"))))
			.andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		// HSTS only when the request came over TLS (behind the proxy: X-Forwarded-Proto)
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	private HttpResponse<String> basic(String path, String username, String password) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A cookie-keeping client that signs in through the login form, CSRF token included. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();
		private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Where the login form sends the browser next. */
		String login(String username, String password) throws Exception {
			Matcher token = CSRF.matcher(get("/login").body());
			assertThat(token.find()).as("CSRF token on the login page").isTrue();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			return response.headers().firstValue("Location").orElseThrow();
		}

		String session() {
			return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
	}
}
