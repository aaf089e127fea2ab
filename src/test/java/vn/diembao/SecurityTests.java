package vn.diembao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Roles at the door, and an agency that can never reach another agency's case — pages, REST and Camunda REST. */
@DiembaoTest
class SecurityTests {

	private static final String SECRET_TITLE = "Hồ sơ riêng của Sở Nông nghiệp và Môi trường";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PressCases cases;

	@Autowired
	AgencyWork agencyWork;

	@Autowired
	Agencies agencies;

	private long otherAgencysCase;
	private String otherAgencysTask;
	private RequestPostProcessor construction;

	@BeforeEach
	void openACaseForAnotherAgency() {
		accounts.createIfAbsent("security-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		accounts.createIfAbsent("security-snnmt", TestUsers.PASSWORD, "Sở NN&MT", Set.of(Role.AGENCY), "so-nnmt");
		otherAgencysCase = cases.open(new OpenCaseCommand(null, SECRET_TITLE, "https://bao.example.vn/rieng", "Báo thử",
				"Nội dung chỉ Sở NN&MT được xem", List.of(agencies.byCode("so-nnmt").orElseThrow().id()), Severity.URGENT),
				accounts.currentUser("security-canbo"));
		otherAgencysTask = agencyWork.tasksFor(accounts.currentUser("security-snnmt")).stream()
			.filter(t -> t.caseId() == otherAgencysCase).findFirst().orElseThrow().taskId();
		construction = TestUsers.agency(accounts, "so-xd");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/ho-so/" + otherAgencysCase).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Đăng nhập")));
	}

	@Test
	void anonymousApiClientsGet401() throws Exception {
		mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAgencyCannotSeeAnotherAgencysCaseInPages() throws Exception {
		mvc.perform(get("/ho-so/{id}", otherAgencysCase).with(construction)).andExpect(status().isNotFound());
		mvc.perform(get("/ho-so").with(construction)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(SECRET_TITLE))));
		mvc.perform(get("/viec-can-xu-ly").with(construction)).andExpect(content().string(not(containsString(SECRET_TITLE))));
		mvc.perform(get("/viec-can-xu-ly/{task}", otherAgencysTask).with(construction)).andExpect(status().isNotFound());
		mvc.perform(post("/viec-can-xu-ly/{task}", otherAgencysTask).with(construction).with(csrf()).param("text", "Chen ngang"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAgencyCannotSeeAnotherAgencysCaseOverRest() throws Exception {
		mvc.perform(get("/api/v1/cases/{id}", otherAgencysCase).with(construction)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases").with(construction)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(SECRET_TITLE))));
		mvc.perform(get("/api/v1/tasks").with(construction)).andExpect(content().string(not(containsString(SECRET_TITLE))));
	}

	@Test
	void camundaRestIsForAdministratorsOnly() throws Exception {
		accounts.createIfAbsent("security-admin", TestUsers.PASSWORD, "Quản trị", Set.of(Role.ADMIN), null);
		// Camunda's REST API is a servlet of its own, so this goes over the real port
		assertThat(engineRest("/task", "security-snnmt").statusCode()).isEqualTo(403);
		assertThat(engineRest("/task", null).statusCode()).isEqualTo(401);
		HttpResponse<String> asAdmin = engineRest("/task", "security-admin");
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains(otherAgencysTask);
	}

	@Test
	void camundaCockpitTrustsOurLoginForAdministratorsOnly() throws Exception {
		accounts.createIfAbsent("security-admin", TestUsers.PASSWORD, "Quản trị", Set.of(Role.ADMIN), null);
		String count = "/camunda/api/engine/engine/default/process-definition/count";
		assertThat(http(count, "security-snnmt").statusCode()).isEqualTo(403);
		HttpResponse<String> asAdmin = http(count, "security-admin");
		assertThat(asAdmin.statusCode()).isEqualTo(200);
		assertThat(asAdmin.body()).contains("count");
	}

	private HttpResponse<String> engineRest(String path, String username) throws Exception {
		return http("/engine-rest" + path, username);
	}

	private HttpResponse<String> http(String path, String username) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (username != null) {
			String credentials = username + ":" + TestUsers.PASSWORD;
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theAgencyOfTheCaseSeesIt() throws Exception {
		RequestPostProcessor environment = TestUsers.agency(accounts, "so-nnmt");
		mvc.perform(get("/ho-so/{id}", otherAgencysCase).with(environment)).andExpect(status().isOk())
			.andExpect(content().string(containsString(SECRET_TITLE)));
	}

	@Test
	void rolesGuardEachArea() throws Exception {
		mvc.perform(get("/tiep-nhan").with(construction)).andExpect(status().isForbidden());
		mvc.perform(get("/diem-bao/hang-ngay").with(construction)).andExpect(status().isForbidden());
		mvc.perform(get("/viec-can-xu-ly").with(TestUsers.officer(accounts))).andExpect(status().isForbidden());
		mvc.perform(get("/nguon").with(TestUsers.leader(accounts))).andExpect(status().isForbidden());
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/viec-can-xu-ly/{task}", otherAgencysTask).with(TestUsers.agency(accounts, "so-nnmt"))
			.param("text", "Phản hồi giả mạo")).andExpect(status().isForbidden());
	}

	@Test
	void invalidRepliesAreShownBackWithTheirErrorsAndNothingIsLost() throws Exception {
		RequestPostProcessor environment = TestUsers.agency(accounts, "so-nnmt");
		mvc.perform(post("/viec-can-xu-ly/{task}", otherAgencysTask).with(environment).with(csrf())
			.param("text", "").param("documentNumber", "12/SNNMT").param("documentDate", "2999-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy nhập nội dung phản hồi")))
			.andExpect(content().string(containsString("Ngày văn bản không thể ở tương lai")))
			.andExpect(content().string(containsString("12/SNNMT")));
	}
}
