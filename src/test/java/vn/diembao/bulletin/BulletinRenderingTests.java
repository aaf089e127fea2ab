package vn.diembao.bulletin;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

/** A published weekly edition of 60 items read back from its web page, PDF and DOCX, in exact Vietnamese. */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinRenderingTests {

	static final String NEGATIVE_TITLE = "Đắk Nông: Tuyến đường chưa hoàn thành đã có dấu hiệu hư hỏng";

	@Autowired
	Bulletins bulletins;

	@Autowired
	Editions editions;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	DocxRenderer docx;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	long id;

	@BeforeAll
	void publishSixtyItems() {
		var data = new BulletinFixtures(jdbc);
		LocalDate monday = LocalDate.of(2046, 6, 4);
		for (int i = 1; i <= 59; i++) {
			data.provinceNews(monday.minusDays(1 + i % 7), "Lâm Đồng đẩy mạnh chuyển đổi số, phát triển kinh tế xanh — bài " + i,
					"Báo Người Lao Động", i % 3 == 0 ? Tone.NEUTRAL : Tone.POSITIVE);
		}
		data.article(monday.minusDays(3), NEGATIVE_TITLE, "Dự án giao thông kết nối vào xã biên giới xuống cấp sau vài tháng.",
				"TTXVN/Baotintuc.vn", Tone.NEGATIVE, vn.diembao.classify.Topic.LOCAL_NEWS, true, true, "xã Đắk Ngo, huyện Tuy Đức");
		id = bulletins.create(BulletinKind.PROVINCE_WEEKLY, monday).orElseThrow();
		bulletins.build(id);
		bulletins.publish(id);
	}

	@Test
	void thePdfEmbedsAFontSoTheVietnameseTextReadsBackExactly() throws Exception {
		long start = System.nanoTime();
		byte[] bytes = pdf.pdf(editions.of(id));
		long millis = (System.nanoTime() - start) / 1_000_000;

		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
			assertThat(text).contains("BẢN TIN ĐIỂM BÁO LÂM ĐỒNG TUẦN", "Số 01/2046, ngày 04/06/2046",
					"Thông tin phản ánh tồn tại, hạn chế".toUpperCase(new java.util.Locale("vi")), NEGATIVE_TITLE,
					"(Ghi chú: xã Đắk Ngo, huyện Tuy Đức)").doesNotContain("#");
			assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
		}
		System.out.printf("PDF of 60 items: %d bytes in %d ms%n", bytes.length, millis);
	}

	@Test
	void theDocxOpensWithTheAdministrativeLayoutAndEveryItem() throws Exception {
		byte[] bytes = docx.docx(editions.of(id));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số 01/2046",
					"Lâm Đồng, ngày 04 tháng 06 năm 2046", "BẢN TIN ĐIỂM BÁO LÂM ĐỒNG TUẦN", NEGATIVE_TITLE,
					"bài 59", "Báo Người Lao Động");
			var margins = document.getDocument().getBody().getSectPr().getPgMar();
			assertThat(new BigInteger(margins.getTop().toString())).isEqualTo(BigInteger.valueOf(1134));
			assertThat(new BigInteger(margins.getLeft().toString())).isEqualTo(BigInteger.valueOf(1701));
			assertThat(new BigInteger(margins.getRight().toString())).isEqualTo(BigInteger.valueOf(850));
			assertThat(document.getParagraphs()).allSatisfy(p -> p.getRuns()
				.forEach(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman")));
		}
	}

	@Test
	void thePhonePageOfSixtyItemsStaysUnderTheBudgetFor3G() throws Exception {
		var officer = TestUsers.officer(accounts);
		byte[] page = mvc.perform(get("/diem-bao/" + id).with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		byte[] css = mvc.perform(get("/css/bulletin.css")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		String html = new String(page, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains(NEGATIVE_TITLE, "Số 01/2046", "name=\"viewport\"").doesNotContain("<script", "<img");
		int total = page.length + css.length;
		System.out.printf("Phone page of 60 items: %d bytes HTML + %d bytes CSS = %d bytes%n", page.length, css.length, total);
		assertThat(total).isLessThan(150 * 1024);
	}

	@Test
	void theArchiveFindsTheEditionByKindDateNumberAndWord() throws Exception {
		var leader = TestUsers.leader(accounts);
		String html = mvc.perform(get("/diem-bao/luu-tru").param("loai", "PROVINCE_WEEKLY").param("tu", "2046-06-01")
				.param("den", "2046-06-30").param("so", "1").param("q", "dấu hiệu hư hỏng").with(leader))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("/diem-bao/" + id + ".pdf");

		String none = mvc.perform(get("/diem-bao/luu-tru").param("q", "không có từ này").param("tu", "2046-06-01").with(leader))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(none).contains("Không có bản tin phù hợp");
	}
}
