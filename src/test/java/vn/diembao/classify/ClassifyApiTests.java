package vn.diembao.classify;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.SharedData;
import vn.diembao.support.TestUsers;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyIterable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DiembaoTest
class ClassifyApiTests {

	private static final String COMPLAINT = """
			{"title":"Dân tố nhà máy xả thải gây ô nhiễm suối ở Gia Nghĩa, Đắk Nông",
			 "summary":"Người dân bức xúc vì nước suối bốc mùi, chính quyền làm ngơ.","body":""}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void anOfficerGetsADecisionWithItsReasons() throws Exception {
		mvc.perform(post("/api/v1/classify").with(TestUsers.officer(accounts)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLAINT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relevant").value(true))
			.andExpect(jsonPath("$.tone").value("negative"))
			.andExpect(jsonPath("$.profile").value("LDO"))
			.andExpect(jsonPath("$.reasons", not(emptyIterable())))
			.andExpect(jsonPath("$.agencies", hasItem("so-nnmt")))
			.andExpect(jsonPath("$.modelVersion").isNotEmpty());
	}

	@Test
	void aLeaderAndAnAgencyMayNotUseIt() throws Exception {
		mvc.perform(post("/api/v1/classify").with(TestUsers.leader(accounts)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLAINT)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/classify").with(TestUsers.agency(accounts, "so-xd")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLAINT)).andExpect(status().isForbidden());
	}

	@Test
	void anOfficerCanRetrainAndAWorseModelIsNeverDeployed() throws Exception {
		SharedData.require("data/headlines-dev.jsonl");
		mvc.perform(post("/api/v1/classify/retrain").with(TestUsers.officer(accounts)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNotEmpty())
			.andExpect(jsonPath("$.examples").value(org.hamcrest.Matchers.greaterThan(300)));
		Boolean deployed = jdbc.sql("select bool_or(active and candidate_score >= current_score) or not bool_or(active) "
				+ "from app.classifier_model").query(Boolean.class).single();
		org.assertj.core.api.Assertions.assertThat(deployed).isTrue();
	}

	@Test
	void anonymousCallersAreAskedToAuthenticate() throws Exception {
		mvc.perform(post("/api/v1/classify").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(COMPLAINT))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aMissingTitleIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/classify").with(TestUsers.officer(accounts)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"summary\":\"x\"}")).andExpect(status().isBadRequest());
	}
}
