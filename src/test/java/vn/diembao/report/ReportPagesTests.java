package vn.diembao.report;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.bulletin.BulletinKind;
import vn.diembao.classify.Tone;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report pages of June 2015 and its week 25: what the officer reads, copies and downloads is the generator's text. */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

	static final YearMonth JUNE = YearMonth.of(2015, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportFigureSource source;

	@Autowired
	ReportWriter writer;

	@BeforeAll
	void aSmallJune() {
		var fixtures = new ReportFixtures(jdbc);
		long outlet = fixtures.outlet("Báo Thử Tháng Sáu", false);
		for (int i = 0; i < 9; i++) {
			fixtures.article(outlet, "Báo Thử Tháng Sáu", JUNE.atDay(16 + i % 7).atTime(8, i), "Tin tháng sáu " + i,
					i < 2 ? Tone.NEGATIVE : Tone.POSITIVE, true, i == 0, i == 0 ? "Hồ Tuyền Lâm, Đà Lạt" : "");
		}
		fixtures.bulletin(BulletinKind.PROVINCE_DAILY, JUNE.atDay(16), 70);
		fixtures.bulletin(BulletinKind.PROVINCE_WEEKLY, JUNE.atDay(15), 71);
		long agency = fixtures.agency("UBND phường Tháng Sáu (thử)");
		// answered in July, so June ends with it pending and later months are not disturbed
		long c = fixtures.pressCase("Tin tháng sáu 0", JUNE.atDay(17), JUNE.plusMonths(1).atDay(2));
		fixtures.request(c, agency, JUNE.plusMonths(1).atDay(1), JUNE.plusMonths(1).atDay(2));
	}

	@Test
	void theMonthPageShowsTheSectionWithItsFiguresInBold() throws Exception {
		String html = mvc.perform(get("/bao-cao/thang/2015-06").with(TestUsers.leader(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("b) Theo dõi, kiểm soát nội dung; công tác phản hồi thông tin báo chí",
				"- Phát hành <strong>02</strong> bản tin điểm báo gồm: 01 số bản tin Điểm báo",
				"có 01 cơ quan báo, tạp chí ngoài tỉnh<sup><a href=\"#fn1\">1</a></sup> đăng <strong>09</strong> tin, bài",
				"<strong>78%</strong> tin, bài phản ánh thông tin tích cực; <strong>22%</strong>",
				"Tin tháng sáu 0 (Báo Thử Tháng Sáu 16/6) (Ghi chú: Hồ Tuyền Lâm, Đà Lạt).",
				"/bao-cao/thang/2015-06/docx", "/js/report.js", "id=\"report-plain\"");
		assertThat(html).doesNotContain("<script>");
	}

	@Test
	void theCopiedTextIsThePlainSectionWithFootnotes() throws Exception {
		ReportText text = writer.write(source.figures(ReportPeriod.month(JUNE)));
		String plain = text.plain(true);
		assertThat(plain).startsWith("b) Theo dõi").contains("ngoài tỉnh¹ đăng 09 tin", "\n---\n¹ Báo Thử Tháng Sáu.");
		String html = mvc.perform(get("/bao-cao/thang/2015-06").with(TestUsers.officer(accounts)))
			.andReturn().getResponse().getContentAsString();
		var textarea = java.util.regex.Pattern.compile("<textarea id=\"report-plain\"[^>]*>(.*?)</textarea>",
				java.util.regex.Pattern.DOTALL).matcher(html);
		assertThat(textarea.find()).isTrue();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(textarea.group(1))).isEqualTo(plain);
	}

	@Test
	void theDocxReadsBackAsTheSectionWithWordFootnotes() throws Exception {
		byte[] docx = mvc.perform(get("/bao-cao/thang/2015-06/docx").with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"bao-cao-thang-2015-06.docx\""))
			.andReturn().getResponse().getContentAsByteArray();
		ReportText expected = writer.write(source.figures(ReportPeriod.month(JUNE)));
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			assertThat(paragraphs.get(0).getText()).isEqualTo(expected.heading());
			assertThat(paragraphs.get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
			assertThat(paragraphs.get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
			for (int i = 0; i < expected.paragraphs().size(); i++) {
				assertThat(textOf(paragraphs.get(i + 1))).isEqualTo(expected.paragraphs().get(i).plain(false));
			}
			XWPFRun bold = paragraphs.get(2).getRuns().stream().filter(XWPFRun::isBold).findFirst().orElseThrow();
			assertThat(bold.text()).isEqualTo("02");
			assertThat(doc.getFootnotes()).hasSize(expected.footnotes().size());
			assertThat(doc.getFootnotes().get(0).getParagraphs().get(0).getText()).contains("Báo Thử Tháng Sáu.");
			var margins = doc.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isEqualTo(1701);
			assertThat(((java.math.BigInteger) margins.getRight()).intValue()).isEqualTo(850);
		}
	}

	@Test
	void theWeekPageHasTheWeeklyReportsTitle() throws Exception {
		String html = mvc.perform(get("/bao-cao/tuan/2015-W25").with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Kết quả xử lý thông tin báo chí phản ánh về tỉnh Lâm Đồng tuần 25 năm 2015",
				"- Trong tuần, có 01 cơ quan báo", "Trong tuần 25/2015 không có phản ánh về tin giả");
		byte[] docx = mvc.perform(get("/bao-cao/tuan/2015-W25/docx").with(TestUsers.officer(accounts)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs().get(0).getText())
				.isEqualTo("Kết quả xử lý thông tin báo chí phản ánh về tỉnh Lâm Đồng tuần 25 năm 2015");
		}
	}

	@Test
	void thePickerLeadsToThePeriodsPage() throws Exception {
		mvc.perform(get("/bao-cao/chon").param("thang", "2015-06").with(TestUsers.officer(accounts)))
			.andExpect(redirectedUrl("/bao-cao/thang/2015-06"));
		mvc.perform(get("/bao-cao/chon").param("tuan", "2015-W25").with(TestUsers.officer(accounts)))
			.andExpect(redirectedUrl("/bao-cao/tuan/2015-W25"));
		mvc.perform(get("/bao-cao/thang/2015-13").with(TestUsers.officer(accounts))).andExpect(status().isNotFound());
	}

	@Test
	void agencyUsersCannotReadReports() throws Exception {
		mvc.perform(get("/bao-cao/thang/2015-06").with(TestUsers.agency(accounts, "so-xd")))
			.andExpect(status().isForbidden());
	}

	/** The paragraph's own runs, without the footnote references Word shows as numbers. */
	private static String textOf(XWPFParagraph paragraph) {
		StringBuilder text = new StringBuilder();
		for (XWPFRun run : paragraph.getRuns()) {
			if (run.getCTR().getFootnoteReferenceList().isEmpty()) {
				text.append(run.text());
			}
		}
		return text.toString();
	}
}
