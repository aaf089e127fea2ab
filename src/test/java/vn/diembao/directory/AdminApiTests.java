package vn.diembao.directory;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administration REST API (HTTP Basic, no CSRF token) and its OpenAPI description, for administrators only. */
@DiembaoTest
class AdminApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Agencies agencies;

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		accounts.createIfAbsent("api-quantri", TestUsers.PASSWORD, "Quản trị API", Set.of(Role.ADMIN), null);
		return httpBasic("api-quantri", TestUsers.PASSWORD);
	}

	@Test
	void theOpenApiDescriptionListsEveryAdministrationResourceForAdministratorsOnly() throws Exception {
		mvc.perform(get("/v3/api-docs").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/users'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/users/{userId}/password-reset'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/agencies/{agencyId}/merge'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/agencies.csv'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/outlets/{outletId}/reporters'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/province-profile/names/{nameId}'].delete").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/holidays'].get").exists())
			.andExpect(jsonPath("$.paths['/quan-tri/nguoi-dung']").doesNotExist());
		accounts.createIfAbsent("api-canbo", TestUsers.PASSWORD, "Cán bộ API", Set.of(Role.OFFICER), null);
		mvc.perform(get("/v3/api-docs").with(httpBasic("api-canbo", TestUsers.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/swagger-ui/index.html").with(httpBasic("api-canbo", TestUsers.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrlPattern("**/login"));

		String page = mvc.perform(get("/swagger-ui/index.html").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// the CSP allows only scripts from our origin: Swagger UI must not need an inline one
		assertThat(page).contains("swagger-initializer.js");
		assertThat(page.split("<script").length - 1).isEqualTo(page.split("<script[^>]*src=").length - 1);
		mvc.perform(get("/swagger-ui/swagger-initializer.js").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/v3/api-docs")));
	}

	@Test
	void invalidInputIsAProblemWithAMessagePerFieldAndARefusalIsAConflict() throws Exception {
		mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"x","fullName":"","email":"khong-hop-le","roles":["AGENCY"],"password":"123"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username").value(containsString("3–64 ký tự")))
			.andExpect(jsonPath("$.errors.fullName").value("Hãy nhập họ và tên."))
			.andExpect(jsonPath("$.errors.email").value("Địa chỉ e-mail “khong-hop-le” không hợp lệ."))
			.andExpect(jsonPath("$.errors.agencyId").value("Người dùng cơ quan phải gắn với một cơ quan."))
			.andExpect(jsonPath("$.errors.password").value("Mật khẩu cần ít nhất 12 ký tự."));

		long agencyId = agencies.byCode("so-gddt").orElseThrow().id();
		String location = mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"api-sogddt","fullName":"Đầu mối Sở GD&ĐT","email":"daumoi@sogddt.lamdong.gov.vn",
						 "roles":["AGENCY"],"agencyId":%d,"password":"mat-khau-du-dai"}""".formatted(agencyId)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(admin()))
			.andExpect(jsonPath("$.agencyName").value("Sở Giáo dục và Đào tạo"))
			.andExpect(jsonPath("$.roles", hasItem("AGENCY")));

		long merged = agencies.byCode("api-cu").map(AgencyRef::id).orElseGet(() -> 0L);
		if (merged == 0L) {
			String created = mvc.perform(post("/api/v1/admin/agencies").with(admin()).contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"code":"api-cu","name":"UBND huyện API (cũ)","kind":"DISTRICT"}"""))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
			merged = Long.parseLong(created.replaceAll("\\D", ""));
		}
		mvc.perform(post("/api/v1/admin/agencies/{id}/merge", merged).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"intoId\":" + agencyId + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.successorName").value("Sở Giáo dục và Đào tạo"))
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/admin/agencies/{id}/activate", merged).with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("đã sáp nhập vào Sở Giáo dục và Đào tạo")));
		mvc.perform(put("/api/v1/admin/agencies/{id}", 999_999).with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Không có\",\"kind\":\"OTHER\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void agenciesGoOutAndComeBackAsCsv() throws Exception {
		String csv = mvc.perform(get("/api/v1/admin/agencies.csv").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("co-quan.csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int rows = vn.diembao.shared.text.CsvRows.parse(csv).size();
		mvc.perform(post("/api/v1/admin/agencies.csv").with(admin()).contentType("text/csv;charset=UTF-8")
				.content(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(rows));
	}
}
