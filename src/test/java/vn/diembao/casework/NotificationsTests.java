package vn.diembao.casework;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.Agencies;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@DiembaoTest
class NotificationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PressCases cases;

	@Autowired
	Agencies agencies;

	@Test
	void anAgencySeesItsRequestInTheAppUntilItMarksItRead() throws Exception {
		accounts.createIfAbsent("notify-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		cases.open(new OpenCaseCommand(null, "Cầu dân sinh hư hỏng ở Lạc Dương", "https://bao.example.vn/cau", "Báo",
				"Đề nghị kiểm tra cầu", List.of(agencies.byCode("ubnd-xuan-huong-da-lat").orElseThrow().id()), Severity.URGENT),
				accounts.currentUser("notify-canbo"));
		var agency = TestUsers.agency(accounts, "ubnd-xuan-huong-da-lat");
		var otherAgency = TestUsers.agency(accounts, "ubnd-tuy-phong");

		mvc.perform(get("/thong-bao").with(agency))
			.andExpect(content().string(containsString("Đề nghị xác minh, phản hồi: Cầu dân sinh hư hỏng ở Lạc Dương")))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
		mvc.perform(get("/thong-bao").with(otherAgency)).andExpect(content().string(not(containsString("Lạc Dương"))));

		mvc.perform(post("/thong-bao/da-doc").with(agency).with(csrf()));
		mvc.perform(get("/thong-bao").with(agency)).andExpect(content().string(not(containsString("id=\"unread-count\""))));
	}
}
