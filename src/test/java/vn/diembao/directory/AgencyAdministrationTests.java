package vn.diembao.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.shared.text.CsvRows;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** “Cơ quan, đơn vị”: validation, rename and merge with history (cases follow), CSV round trip. */
@DiembaoTest
class AgencyAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AgencyAdministration administration;

	@Autowired
	Agencies agencies;

	@Autowired
	PressCases cases;

	private RequestPostProcessor admin() {
		return TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);
	}

	private long agency(String code, String name, String kind) {
		return agencies.byCode(code).map(AgencyRef::id).orElseGet(() -> administration.create(
				new AgencyAdministration.AgencyForm(code, name, kind, code + "@lamdong.gov.vn", "", null, null, null, null), "test"));
	}

	private long openCase(String title, long agencyId) {
		accounts.createIfAbsent("cq-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		return cases.open(new OpenCaseCommand(null, title, "https://bao.example.vn/" + agencyId, "Báo thử",
				"Đề nghị xác minh", List.of(agencyId), Severity.NORMAL), accounts.currentUser("cq-canbo"));
	}

	@Test
	void invalidInputIsRefusedWithAMessagePerField() throws Exception {
		mvc.perform(post("/quan-tri/co-quan").with(admin()).with(csrf()).param("code", "Sở Y Tế").param("name", "")
				.param("kind", "HUYEN").param("email", "soyt.lamdong").param("otherEmails", "a@b.vn, khong hop le"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Mã cơ quan chỉ gồm chữ thường không dấu"),
					containsString("Hãy nhập tên cơ quan."), containsString("Hãy chọn loại cơ quan."),
					containsString("Địa chỉ e-mail “soyt.lamdong” không hợp lệ."),
					containsString("Địa chỉ e-mail “khong” không hợp lệ."))));
		mvc.perform(post("/quan-tri/co-quan").with(admin()).with(csrf()).param("code", "so-yt").param("name", "Trùng mã")
				.param("kind", "DEPARTMENT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mã cơ quan “so-yt” đã có.")));
	}

	@Test
	void renamingAnAgencyKeepsItsCasesAndTasks() throws Exception {
		long id = agency("test-doi-ten", "Phòng Kinh tế thử", "DEPARTMENT");
		long caseId = openCase("Đường vào khu du lịch xuống cấp", id);

		mvc.perform(post("/quan-tri/co-quan/{id}", id).with(admin()).with(csrf()).param("name", "Sở Kinh tế thử")
				.param("kind", "DEPARTMENT").param("email", "sokt@lamdong.gov.vn")
				.param("otherEmails", "vanthu@sokt.lamdong.gov.vn; sokt@lamdong.gov.vn"))
			.andExpect(flash().attribute("message", "Đã lưu cơ quan."));
		assertThat(agencies.emailsOf(id)).containsExactly("sokt@lamdong.gov.vn", "vanthu@sokt.lamdong.gov.vn");

		var assignment = cases.find(caseId, accounts.currentUser("cq-canbo")).orElseThrow().assignments().get(0);
		assertThat(assignment.agencyId()).isEqualTo(id);
		assertThat(assignment.agencyName()).isEqualTo("Sở Kinh tế thử");
		assertThat(agencies.byId(id).orElseThrow().code()).isEqualTo("test-doi-ten");
		RequestPostProcessor agencyUser = TestUsers.agency(accounts, "test-doi-ten");
		mvc.perform(get("/viec-can-xu-ly").with(agencyUser))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường vào khu du lịch xuống cấp")));
		mvc.perform(get("/ho-so/{caseId}", caseId).with(agencyUser)).andExpect(status().isOk());
		assertThat(administration.history(id)).extracting(AgencyAdministration.Change::change).containsExactly("CREATED", "RENAMED");
		assertThat(administration.history(id).get(1).oldName()).isEqualTo("Phòng Kinh tế thử");
	}

	@Test
	void mergingAFormerDistrictHandsItsOpenCasesToTheSuccessor() throws Exception {
		long district = agency("test-huyen-cu", "UBND huyện Thử (cũ)", "DISTRICT");
		long commune = agency("test-xa-moi", "UBND xã Thử", "COMMUNE");
		long caseId = openCase("Sạt lở bờ sông ở huyện Thử", district);
		TestUsers.agency(accounts, "test-huyen-cu");

		mvc.perform(post("/quan-tri/co-quan/{id}/sap-nhap", district).with(admin()).with(csrf()).param("intoId", String.valueOf(commune)))
			.andExpect(flash().attribute("message", "Đã sáp nhập; các đề nghị đang mở đã chuyển sang cơ quan kế thừa."));

		assertThat(agencies.successorOf(district)).map(AgencyRef::code).contains("test-xa-moi");
		assertThat(agencies.active()).extracting(AgencyRef::code).doesNotContain("test-huyen-cu");
		var assignment = cases.find(caseId, accounts.currentUser("cq-canbo")).orElseThrow().assignments().get(0);
		assertThat(assignment.agencyId()).isEqualTo(commune);
		mvc.perform(get("/viec-can-xu-ly").with(TestUsers.agency(accounts, "test-xa-moi")))
			.andExpect(content().string(containsString("Sạt lở bờ sông ở huyện Thử")));
		// the old agency's user now answers for the successor
		assertThat(accounts.currentUser("test-test-huyen-cu").agency().code()).isEqualTo("test-xa-moi");
		assertThatThrownBy(() -> administration.setActive(district, true, "test")).hasMessageContaining("đã sáp nhập vào UBND xã Thử");
		assertThat(administration.history(district)).extracting(AgencyAdministration.Change::change).contains("MERGED_INTO");
	}

	@Test
	void theCsvExportImportsBackUnchangedAndABadRowRefusesTheWholeFile() throws Exception {
		agency("test-csv", "Ban Quản lý thử, \"đặc biệt\"", "OTHER");
		String exported = mvc.perform(get("/quan-tri/co-quan/xuat-csv").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var before = administration.all();
		List<Map<String, String>> rows = CsvRows.parse(exported);
		assertThat(rows).hasSize(before.size());
		assertThat(rows).anySatisfy(row -> assertThat(row.get("name")).isEqualTo("Ban Quản lý thử, \"đặc biệt\""));

		mvc.perform(multipart("/quan-tri/co-quan/nhap-csv").file(csv(exported)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã nhập " + before.size() + " cơ quan từ tệp CSV."));
		assertThat(administration.all()).isEqualTo(before);

		String bad = "code,name,kind,email\r\ntest-csv-moi,UBND xã Mới,COMMUNE,xamoi@lamdong.gov.vn\r\n"
				+ "test-csv-sai,UBND xã Sai,XA,xasai@lamdong.gov.vn\r\n";
		mvc.perform(multipart("/quan-tri/co-quan/nhap-csv").file(csv(bad)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("error", "Không nhập tệp: Dòng 3 (test-csv-sai): Hãy chọn loại cơ quan."));
		assertThat(agencies.byCode("test-csv-moi")).isEmpty();

		mvc.perform(multipart("/quan-tri/co-quan/nhap-csv").file(csv(bad.replace(",XA,", ",COMMUNE,"))).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã nhập 2 cơ quan từ tệp CSV."));
		assertThat(agencies.byCode("test-csv-sai")).map(AgencyRef::name).contains("UBND xã Sai");
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "co-quan.csv", "text/csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
