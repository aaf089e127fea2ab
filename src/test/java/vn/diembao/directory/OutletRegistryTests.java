package vn.diembao.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outlet registry with licences and resident reporters, its CSV files and the agencies' reporter lookup. */
@DiembaoTest
class OutletRegistryTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	OutletAdministration administration;

	@Autowired
	Outlets outlets;

	private RequestPostProcessor admin() {
		return TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);
	}

	@Test
	void importedReportersAreCountedAsTheMonthlyReportDoes() throws Exception {
		ReporterRegistry before = outlets.reporterRegistry(TODAY);
		String outletCsv = """
				name,domain,type,licence_number,licence_scope,office_address
				Báo Thử Một,baothumot.example.vn,central newspaper,GP 01/GP-BTTTT,"Thông tin, tuyên truyền đường lối của Đảng",Đà Lạt
				Tạp chí Thử Hai,tapchithuhai.example.vn,magazine,GP 02/GP-BTTTT,Nghiên cứu văn hóa dân tộc,
				""";
		mvc.perform(multipart("/quan-tri/co-quan-bao-chi/nhap-csv").file(csv(outletCsv)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã nhập 2 cơ quan báo chí từ tệp CSV."));
		String reporterCsv = "outlet_domain,full_name,press_card_number,card_valid_to,registered_from,registered_to\n"
				+ "baothumot.example.vn,Nguyễn Văn Thường Trú,TT-0001," + TODAY.plusYears(1) + "," + TODAY.minusMonths(6) + ",\n"
				+ "baothumot.example.vn,Trần Thị Cộng Tác,,,,\n"
				+ "tapchithuhai.example.vn,Lê Văn Tạp Chí,TT-0002," + TODAY.plusMonths(3) + ",,\n"
				+ "tapchithuhai.example.vn,Phạm Văn Hết Hạn,TT-0003,," + TODAY.minusYears(2) + "," + TODAY.minusYears(1) + "\n";
		mvc.perform(multipart("/quan-tri/co-quan-bao-chi/phong-vien/nhap-csv").file(csv(reporterCsv)).with(admin()).with(csrf()))
			.andExpect(flash().attribute("message", "Đã nhập 4 phóng viên từ tệp CSV."));

		ReporterRegistry after = outlets.reporterRegistry(TODAY);
		assertThat(after.outlets() - before.outlets()).isEqualTo(2);
		assertThat(after.reporters() - before.reporters()).isEqualTo(3);
		assertThat(after.withPressCard() - before.withPressCard()).isEqualTo(2);
		mvc.perform(get("/quan-tri/co-quan-bao-chi").with(admin()))
			.andExpect(content().string(containsString("phóng viên thường trú")));
	}

	@Test
	void invalidOutletsAndReportersAreRefusedWithAMessagePerField() throws Exception {
		mvc.perform(post("/quan-tri/co-quan-bao-chi").with(admin()).with(csrf()).param("name", "").param("domain", "https://bao.vn/")
				.param("type", "radio"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Hãy nhập tên cơ quan báo chí."),
					containsString("Tên miền “https://bao.vn/” không hợp lệ (chỉ tên miền, không có http://)."),
					containsString("Hãy chọn loại hình báo chí."))));
		long outlet = administration.create(new OutletAdministration.OutletForm("Báo Kiểm Tra", "baokiemtra.example.vn", "online",
				"", null, null, null, null, false), "test");
		administration.addReporter(outlet, new OutletAdministration.ReporterForm("Người Có Thẻ", "KT-777", null, null, null,
				null, null, true), "test");
		mvc.perform(post("/quan-tri/co-quan-bao-chi/{outletId}/phong-vien", outlet).with(admin()).with(csrf())
				.param("fullName", "Người Trùng Thẻ").param("pressCardNumber", "KT-777").param("email", "sai-email")
				.param("registeredFrom", "2026-05-01").param("registeredTo", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Số thẻ nhà báo “KT-777” đã được đăng ký cho phóng viên khác."),
					containsString("Địa chỉ e-mail “sai-email” không hợp lệ."),
					containsString("Ngày hết hạn đăng ký phải sau ngày bắt đầu."))));
		assertThat(administration.reporters(outlet)).hasSize(1);
	}

	@Test
	void theOutletCsvExportImportsBackUnchanged() throws Exception {
		administration.create(new OutletAdministration.OutletForm("Báo \"Vòng\", Tròn", "vongtron.example.vn", "TV",
				"m.vongtron.example.vn", "=GP 9", "Dòng 1\nDòng 2, có dấu phẩy", "@văn phòng", null, true), "test");
		String exported = mvc.perform(get("/quan-tri/co-quan-bao-chi/xuat-csv").with(admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).startsWith("\uFEFFname,domain,type").contains("'=GP 9");
		// other tests sharing the database may register outlets meanwhile: compare the exported ones only
		var rows = vn.diembao.shared.text.CsvRows.parse(exported);
		var exportedDomains = rows.stream().map(row -> row.get("domain")).collect(java.util.stream.Collectors.toSet());
		var before = administration.all().stream().filter(o -> exportedDomains.contains(o.domain())).toList();
		mvc.perform(multipart("/quan-tri/co-quan-bao-chi/nhap-csv").file(csv(exported)).with(admin()).with(csrf()))
			.andDo(result -> assertThat(result.getFlashMap().get("error")).isNull())
			.andExpect(flash().attribute("message", "Đã nhập " + rows.size() + " cơ quan báo chí từ tệp CSV."));
		assertThat(administration.all().stream().filter(o -> exportedDomains.contains(o.domain())).toList())
			.containsExactlyInAnyOrderElementsOf(before);
		assertThat(before).hasSize(rows.size());
		assertThat(before).anySatisfy(o -> {
			assertThat(o.licenceNumber()).isEqualTo("=GP 9");
			assertThat(o.licenceScope()).isEqualTo("Dòng 1\nDòng 2, có dấu phẩy");
		});
	}

	@Test
	void anAgencyLooksUpAReporterAndSeesTheLicenceScope() throws Exception {
		long outlet = administration.create(new OutletAdministration.OutletForm("Báo Tra Cứu", "baotracuu.example.vn",
				"central newspaper", "", "GP 55/GP-BTTTT", "Phản ánh hoạt động nông nghiệp, nông thôn", "Bảo Lộc", null, false), "test");
		administration.addReporter(outlet, new OutletAdministration.ReporterForm("Đỗ Quang Phỏng Vấn", "PV-1234",
				TODAY.minusDays(1), TODAY.minusMonths(1), null, "0909000000", "pv@example.vn", true), "test");

		mvc.perform(get("/tra-cuu-phong-vien").param("q", "do quang phong").with(TestUsers.agency(accounts, "so-yt")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đỗ Quang Phỏng Vấn"), containsString("Báo Tra Cứu"),
					containsString("Phản ánh hoạt động nông nghiệp, nông thôn"), containsString("Thẻ nhà báo hết hạn"),
					containsString("Đang đăng ký thường trú"), not(containsString("0909000000")))));
		mvc.perform(get("/tra-cuu-phong-vien").param("q", "PV-1234").with(TestUsers.officer(accounts)))
			.andExpect(content().string(containsString("Đỗ Quang Phỏng Vấn")));
		mvc.perform(get("/tra-cuu-phong-vien").param("q", "Không Có Ai").with(TestUsers.leader(accounts)))
			.andExpect(content().string(containsString("Không có phóng viên nào đăng ký thường trú khớp")));
		mvc.perform(get("/tra-cuu-phong-vien").param("q", "PV-1234")
				.with(TestUsers.as(accounts, "test-tingia", Role.FACTCHECK, null)))
			.andExpect(status().isForbidden());
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "tep.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}
}
