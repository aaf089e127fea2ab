package vn.diembao.directory;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** “Hồ sơ tỉnh và địa danh”: an edit is versioned and the next classification uses it; CSV round trip; validation. */
@DiembaoTest
class ProvinceProfileAdministrationTests {

	private static final String ARTICLE = """
			{"title":"Khai trương khu nghỉ dưỡng Đồi Thông Quản Trị Thử","summary":"Du khách tham quan khu nghỉ dưỡng mới.","body":""}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ProvinceProfileAdministration profiles;

	@Autowired
	ProvinceProfiles current;

	private RequestPostProcessor admin() {
		return TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);
	}

	@Test
	void anAddedPlaceIsVersionedAndUsedByTheNextClassification() throws Exception {
		mvc.perform(post("/api/v1/classify").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.places", not(hasItem("đồi thông quản trị thử"))));
		int before = profiles.profile().gazetteerVersion();

		mvc.perform(post("/quan-tri/ho-so-tinh/dia-danh").with(admin()).with(csrf()).param("name", "Đồi Thông Quản Trị Thử")
				.param("kind", "PLACE").param("note", "khu nghỉ dưỡng"))
			.andExpect(status().is3xxRedirection());

		assertThat(profiles.profile().gazetteerVersion()).isEqualTo(before + 1);
		assertThat(profiles.versions().get(0).detail()).isEqualTo("Đồi Thông Quản Trị Thử (Địa danh trong tỉnh)");
		assertThat(current.current().names()).contains(new ProvinceProfile.ProvinceName("Đồi Thông Quản Trị Thử", ProvinceProfile.Kind.PLACE));
		mvc.perform(post("/api/v1/classify").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ARTICLE))
			.andExpect(jsonPath("$.places", hasItem("đồi thông quản trị thử")));
	}

	@Test
	void invalidNamesAreRefusedWithAMessagePerField() throws Exception {
		mvc.perform(post("/quan-tri/ho-so-tinh/dia-danh").with(admin()).with(csrf()).param("name", "Đà Lạt").param("kind", "XA")
				.param("validFrom", "2025-07-01").param("validTo", "2025-06-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Địa danh “Đà Lạt” đã có trong hồ sơ."),
					containsString("Hãy chọn loại địa danh."), containsString("Ngày hết hiệu lực phải sau ngày có hiệu lực."))));
		assertThat(profiles.names()).filteredOn(n -> n.name().equals("Đà Lạt")).hasSize(1);
	}

	@Test
	void theCsvExportImportsBackWithoutANewVersionAndABadRowRefusesTheFile() throws Exception {
		String exported = mvc.perform(get("/quan-tri/ho-so-tinh/xuat-csv").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("Đắk Nông,FORMER_PROVINCE,,2025-06-30");
		int version = profiles.profile().gazetteerVersion();
		var names = profiles.names();

		mvc.perform(multipart("/quan-tri/ho-so-tinh/nhap-csv").file(csv(exported)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Tệp không có thay đổi nào."));
		assertThat(profiles.names()).isEqualTo(names);
		assertThat(profiles.profile().gazetteerVersion()).isEqualTo(version);

		String edited = exported + "Nâm Nung,PLACE,,,khu bảo tồn\r\nĐắk Nông,COLLISION,,,\"xã Đăk Nông, Kon Tum\"\r\n";
		mvc.perform(multipart("/quan-tri/ho-so-tinh/nhap-csv").file(csv(edited + "Sai Ngày,PLACE,30/06/2025,,\r\n"))
				.with(admin()).with(csrf()))
			.andExpect(flash().attribute("error", "Không nhập tệp: Dòng " + (names.size() + 4)
					+ ": ngày “30/06/2025” phải viết dạng năm-tháng-ngày (2025-06-30)."));
		assertThat(profiles.names()).isEqualTo(names);

		mvc.perform(multipart("/quan-tri/ho-so-tinh/nhap-csv").file(csv(edited)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã thêm hoặc sửa 2 địa danh."));
		assertThat(profiles.profile().gazetteerVersion()).isEqualTo(version + 1);
		// put the former province back as it was, for the other tests sharing this database
		mvc.perform(multipart("/quan-tri/ho-so-tinh/nhap-csv").file(csv(exported)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã thêm hoặc sửa 1 địa danh."));
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "dia-danh.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
