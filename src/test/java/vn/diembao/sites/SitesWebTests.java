package vn.diembao.sites;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The “/trang-tin” pages: who may see and change what, the CSV import, the matrix, the site history, the XLSX. */
@DiembaoTest
class SitesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SiteRegistry registry;

	@Autowired
	SiteChecks checks;

	@Autowired
	SiteMonitor monitor;

	@Autowired
	SafeFetcher fetcher;

	@Test
	void officersImportTheRegistryFromCsvAndBadRowsAreReported() throws Exception {
		String csv = "ten,dia_chi,cap,ma_co_quan,email\n"
				+ "Sở Giáo dục và Đào tạo,sgddt-nhap.example.gov.vn,\"Sở, ngành\",,vanthu@sgddt.example.gov.vn\n"
				+ "UBND phường Xuân Hương,https://xuanhuong-nhap.example.gov.vn/,phường,,\n"
				+ "Trang không rõ cấp,https://khong-ro-nhap.example.gov.vn/,cấp lạ,,\n";
		mvc.perform(multipart("/trang-tin/danh-sach/nhap")
				.file(new MockMultipartFile("file", "trang-tin.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(TestUsers.officer(accounts)).with(csrf()))
			.andExpect(redirectedUrl("/trang-tin/danh-sach"))
			.andExpect(flash().attribute("message", "Đã nhập 2 trang."))
			.andExpect(flash().attribute("error", containsString("Dòng 4: Cấp “cấp lạ” không rõ")));

		assertThat(registry.all()).anySatisfy(site -> {
			assertThat(site.url()).isEqualTo("https://sgddt-nhap.example.gov.vn/");
			assertThat(site.level()).isEqualTo(SiteLevel.DEPARTMENT);
			assertThat(site.contactEmail()).isEqualTo("vanthu@sgddt.example.gov.vn");
		});
		assertThat(registry.all()).anySatisfy(site -> {
			assertThat(site.url()).isEqualTo("https://xuanhuong-nhap.example.gov.vn/");
			assertThat(site.level()).isEqualTo(SiteLevel.COMMUNE);
		});
		mvc.perform(get("/trang-tin/danh-sach").with(TestUsers.leader(accounts)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Giáo dục và Đào tạo")));
	}

	@Test
	void leadersReadButDoNotChangeAndAgenciesSeeNothing() throws Exception {
		mvc.perform(get("/trang-tin").with(TestUsers.leader(accounts))).andExpect(status().isOk());
		mvc.perform(get("/trang-tin/kiem-tra").with(TestUsers.leader(accounts))).andExpect(status().isOk());
		mvc.perform(post("/trang-tin/danh-sach").param("name", "Sở lạ").param("url", "https://la.example.gov.vn")
				.param("level", "DEPARTMENT").with(TestUsers.leader(accounts)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/trang-tin").with(TestUsers.agency(accounts, "so-xd"))).andExpect(status().isForbidden());
		mvc.perform(get("/trang-tin/xuat-excel").with(TestUsers.agency(accounts, "so-xd"))).andExpect(status().isForbidden());
	}

	@Test
	void theMatrixTheSiteHistoryAndTheWorkbookShowTheVerdicts() throws Exception {
		accounts.createIfAbsent("sites-canbo", TestUsers.PASSWORD, "Cán bộ theo dõi trang", Set.of(Role.OFFICER), null);
		CurrentUser officer = accounts.currentUser("sites-canbo");
		try (LocalWebsite site = LocalWebsite.http()) {
			fetcher.allowHost(site.hostAndPort());
			site.html("/", LocalWebsite.home("Sở Nông nghiệp và Môi trường", true, new String[] { "Liên hệ", "/lien-he" }));
			Website website = registry.save(new SiteForm("Sở Nông nghiệp và Môi trường (bảng)", site.url("/"), "sở", "so-nnmt", null), officer);
			mvc.perform(post("/trang-tin/{id}/kiem-tra-ngay", website.id()).with(TestUsers.officer(accounts)).with(csrf()))
				.andExpect(redirectedUrl("/trang-tin/" + website.id()))
				.andExpect(flash().attribute("message", containsString("nội dung không đạt")));
			monitor.check(website.id(), Instant.now());

			mvc.perform(get("/trang-tin").param("cap", "DEPARTMENT").with(TestUsers.leader(accounts)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sở Nông nghiệp và Môi trường (bảng)")))
				.andExpect(content().string(containsString("data-check=\"banner-dai-hoi\" data-status=\"GREEN\"")))
				.andExpect(content().string(containsString("Hiện tại có ")));
			mvc.perform(get("/trang-tin/{id}", website.id()).with(TestUsers.leader(accounts)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Thấy banner lần đầu")))
				.andExpect(content().string(containsString("Sở Nông nghiệp và Môi trường")))
				.andExpect(content().string(containsString("Không thấy mục này trên trang chủ")));

			byte[] xlsx = mvc.perform(get("/trang-tin/xuat-excel").with(TestUsers.leader(accounts)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
				.andReturn().getResponse().getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet sheet = workbook.getSheet("Tuân thủ");
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Hiện tại có ");
				Row header = sheet.getRow(3);
				int bannerColumn = -1;
				for (int c = 0; c < header.getLastCellNum(); c++) {
					if (header.getCell(c).getStringCellValue().equals("Banner tuyên truyền Đại hội Đảng")) {
						bannerColumn = c;
					}
				}
				assertThat(bannerColumn).isPositive();
				Row ours = null;
				for (Row row : sheet) {
					if (row.getRowNum() > 3 && row.getCell(3).getStringCellValue().equals(site.url("/"))) {
						ours = row;
					}
				}
				assertThat(ours).isNotNull();
				assertThat(ours.getCell(bannerColumn).getStringCellValue()).isEqualTo("Đạt");
				assertThat(ours.getCell(2).getStringCellValue()).isEqualTo("Sở, ngành");
				assertThat(workbook.getSheet("Chi tiết").getPhysicalNumberOfRows()).isGreaterThan(1);
			}
		}
	}

	@Test
	void officersAddAndSwitchOffChecksAsData() throws Exception {
		mvc.perform(post("/trang-tin/kiem-tra").param("code", "nd42-thong-ke").param("label", "Thông tin thống kê")
				.param("kind", "SECTION").param("pattern", "thống kê").param("maxAgeDays", "180").param("levels", "PROVINCE")
				.with(TestUsers.officer(accounts)).with(csrf()))
			.andExpect(redirectedUrl("/trang-tin/kiem-tra"))
			.andExpect(flash().attribute("message", "Đã lưu kiểm tra “Thông tin thống kê”."));
		SiteCheck added = checks.byCode("nd42-thong-ke").orElseThrow();
		assertThat(added.levels()).containsExactly(SiteLevel.PROVINCE);
		assertThat(added.maxAgeDays()).isEqualTo(180);

		mvc.perform(post("/trang-tin/kiem-tra").param("code", "sai-mau").param("label", "Mẫu sai").param("kind", "BANNER")
				.param("pattern", "(chưa đóng").with(TestUsers.officer(accounts)).with(csrf()))
			.andExpect(flash().attribute("error", containsString("Mẫu nhận diện không hợp lệ")));

		mvc.perform(post("/trang-tin/kiem-tra/{id}/tat", added.id()).with(TestUsers.officer(accounts)).with(csrf()))
			.andExpect(redirectedUrl("/trang-tin/kiem-tra"));
		assertThat(checks.byCode("nd42-thong-ke").orElseThrow().enabled()).isFalse();
	}
}
