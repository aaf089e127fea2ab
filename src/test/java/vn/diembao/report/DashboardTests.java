package vn.diembao.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.classify.Tone;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard of August 2015: figures, chart, lists behind the figures, and the exports read back. */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

	static final YearMonth AUGUST = YearMonth.of(2015, 8);
	static final String A = "Báo Tổng Quan A (thử)";
	static final String B = "Báo Tổng Quan B (thử)";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dashboard dashboard;

	@BeforeAll
	void august() {
		var fixtures = new ReportFixtures(jdbc);
		long a = fixtures.outlet(A, false);
		long b = fixtures.outlet(B, false);
		for (int i = 0; i < 5; i++) {
			fixtures.article(a, A, AUGUST.atDay(3).atTime(8, i), "Tin A" + i + " ở Bảo Lộc", i < 2 ? Tone.NEGATIVE : Tone.POSITIVE,
					true, false, "Bảo Lộc, Lâm Đồng");
		}
		fixtures.article(b, B, AUGUST.atDay(3).atTime(11, 0), "=HYPERLINK(\"x\") tin B0", Tone.NEUTRAL, true, false, "Đà Lạt");
		fixtures.article(b, B, AUGUST.atDay(10).atTime(9, 0), "Tin B1 \"trích dẫn\", có phẩy", Tone.POSITIVE, true, false, "");
		fixtures.article(b, B, AUGUST.atDay(20).atTime(9, 0), "Tin B2 cần phản hồi", Tone.NEGATIVE, true, true, "Đà Lạt");
		for (int i = 0; i < 4; i++) {
			fixtures.article(a, A, AUGUST.minusMonths(1).atDay(5 + i).atTime(9, 0), "Tin tháng bảy " + i,
					i == 0 ? Tone.NEGATIVE : Tone.POSITIVE, true, false, "");
		}
		long agency = fixtures.agency("Sở Tổng Quan (thử)");
		// opened on Monday 3, accepted on Thursday 6 August: 3 working days
		long c = fixtures.pressCase("Tin B2 cần phản hồi", AUGUST.atDay(3), AUGUST.atDay(6));
		fixtures.request(c, agency, AUGUST.atDay(5), AUGUST.atDay(6));
	}

	@Test
	void theFiguresOfTheMonth() {
		DashboardFigures f = dashboard.of(AUGUST.atDay(1), AUGUST.atEndOfMonth());
		assertThat(f.relevant()).isEqualTo(8);
		assertThat(f.negative()).isEqualTo(3);
		assertThat(f.tone()).isEqualTo(new TonePercentages(62, 38));
		assertThat(f.previousTone()).isEqualTo(new TonePercentages(75, 25));
		assertThat(f.previousFrom()).isEqualTo(LocalDate.of(2015, 7, 1));
		assertThat(f.needsResponse()).isEqualTo(1);
		assertThat(f.days()).hasSize(31);
		assertThat(f.days().get(2)).isEqualTo(new DashboardFigures.DayTone(AUGUST.atDay(3), 3, 1, 2));
		assertThat(f.topOutlets()).extracting(DashboardFigures.Count::name).containsExactly(A, B);
		assertThat(f.topOutlets().get(0).negative()).isEqualTo(2);
		assertThat(f.topPlaces()).extracting(DashboardFigures.Count::name).containsExactly("Bảo Lộc", "Lâm Đồng", "Đà Lạt");
		assertThat(f.topNegativeStories()).hasSize(3);
		assertThat(f.cases().askedItems()).isEqualTo(1);
		assertThat(f.cases().averageWorkingDaysToAnswer()).isEqualTo(3.0);
		assertThat(f.agencies()).anySatisfy(s -> {
			assertThat(s.agencyName()).isEqualTo("Sở Tổng Quan (thử)");
			assertThat(s.answered()).isEqualTo(1);
		});
	}

	@Test
	void theDashboardLinksEveryFigureToItsList() throws Exception {
		String html = mvc.perform(get("/").param("tu", "2015-08-01").param("den", "2015-08-31").with(TestUsers.leader(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<svg", "class=\"chart-day\"",
				"href=\"/tong-quan/tin-bai?tu=2015-08-03&amp;den=2015-08-03\"",
				"href=\"/tong-quan/tin-bai?tu=2015-08-01&amp;den=2015-08-31&amp;giong=NEGATIVE\"",
				"href=\"/tong-quan/tin-bai?tu=2015-08-01&amp;den=2015-08-31&amp;can-phan-hoi=true\"",
				"/tong-quan/xuat.xlsx?tu=2015-08-01&amp;den=2015-08-31", "kỳ trước <span>25</span>%", "Sở Tổng Quan (thử)");
		String list = mvc.perform(get("/tong-quan/tin-bai").param("tu", "2015-08-01").param("den", "2015-08-31")
			.param("bao", A).param("giong", "NEGATIVE").with(TestUsers.leader(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("<strong id=\"article-count\">2</strong>", "Tin A0 ở Bảo Lộc", "Tin A1 ở Bảo Lộc")
			.doesNotContain("Tin A2").doesNotContain("Mở trong hộp tiếp nhận");
		String forOfficer = mvc.perform(get("/tong-quan/tin-bai").param("tu", "2015-08-01").param("den", "2015-08-31")
			.param("dia-ban", "Đà Lạt").with(TestUsers.officer(accounts)))
			.andReturn().getResponse().getContentAsString();
		assertThat(forOfficer).contains("<strong id=\"article-count\">2</strong>", "Mở trong hộp tiếp nhận",
				"/tiep-nhan?from=2015-08-01&amp;to=2015-08-31&amp;status=ALL&amp;place=%C4%90%C3%A0%20L%E1%BA%A1t");
	}

	@Test
	void theWorkbookReadsBack() throws Exception {
		byte[] xlsx = mvc.perform(get("/tong-quan/xuat.xlsx").param("tu", "2015-08-01").param("den", "2015-08-31")
			.with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheet("Theo ngày").getLastRowNum()).isEqualTo(31);
			var day3 = book.getSheet("Theo ngày").getRow(3);
			assertThat(day3.getCell(0).getStringCellValue()).isEqualTo("2015-08-03");
			assertThat(day3.getCell(4).getNumericCellValue()).isEqualTo(6.0);
			assertThat(book.getSheet("Cơ quan báo chí").getRow(1).getCell(0).getStringCellValue()).isEqualTo(A);
			assertThat(book.getSheet("Cơ quan báo chí").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5.0);
			assertThat(book.getSheet("Tin bài").getLastRowNum()).isEqualTo(8);
			assertThat(book.getSheet("Cơ quan xử lý").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Cơ quan, đơn vị");
		}
	}

	@Test
	void theCsvIsExcelFriendlyAndQuotesWhatItMust() throws Exception {
		byte[] csv = mvc.perform(get("/tong-quan/tin-bai.csv").param("tu", "2015-08-01").param("den", "2015-08-31")
			.param("bao", B).with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Ngày đăng\",\"Tiêu đề\"");
		assertThat(text.split("\r\n")).hasSize(4);
		assertThat(text).contains("\"Tin B1 \"\"trích dẫn\"\", có phẩy\"", "\"'=HYPERLINK(\"\"x\"\") tin B0\"",
				"\"20/08/2015 09:00\",\"Tin B2 cần phản hồi\",\"" + B + "\",\"Tồn tại, hạn chế\",\"Có\",\"Đà Lạt\"");
		String agencies = mvc.perform(get("/tong-quan/co-quan.csv").param("tu", "2015-08-01").param("den", "2015-08-31")
			.with(TestUsers.leader(accounts)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(agencies).contains("\"Sở Tổng Quan (thử)\",\"1\",\"1\",\"0\"");
	}

	@Test
	void agencyUsersKeepTheSimpleStartPageAndCannotExport() throws Exception {
		String html = mvc.perform(get("/").with(TestUsers.agency(accounts, "so-xd")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Việc cần xử lý").doesNotContain("<svg");
		mvc.perform(get("/tong-quan/xuat.xlsx").with(TestUsers.agency(accounts, "so-xd"))).andExpect(status().isForbidden());
		mvc.perform(get("/tong-quan/tin-bai").with(TestUsers.agency(accounts, "so-xd"))).andExpect(status().isForbidden());
	}
}
