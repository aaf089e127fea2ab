package vn.diembao.bulletin;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.classify.Tone;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A weekly edition reports casework per agency (sent, answered, overdue) from casework's public API, frozen when the
 * draft is built, on the page, in the PDF and in the DOCX.
 */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinCaseStatusTests {

	static final String AGENCY = "UBND huyện Đam Rông (thử bản tin)";
	static final String HEADING = "Tình hình xử lý thông tin báo chí phản ánh";

	@Autowired
	Bulletins bulletins;

	@Autowired
	Editions editions;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	DocxRenderer docx;

	@Autowired
	PressCases cases;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long id;

	@BeforeAll
	void threeCasesSentLastWeekOneAnsweredOneOverdue() {
		LocalDate monday = LocalDate.of(2093, 6, 1);
		LocalDate lastWednesday = monday.minusDays(5);
		new BulletinFixtures(jdbc).provinceNews(lastWednesday, "Đam Rông: đường liên xã sạt lở sau mưa lớn", "Báo Lâm Đồng", Tone.NEGATIVE);
		long agency = jdbc.sql("insert into app.agency (code, name, kind, email) values (?, ?, 'DISTRICT', null) returning id")
			.params("damrong-bt-" + System.nanoTime(), AGENCY)
			.query(Long.class)
			.single();
		accounts.createIfAbsent("test-bt-canbo", TestUsers.PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		CurrentUser officer = accounts.currentUser("test-bt-canbo");
		var at = Timestamp.from(lastWednesday.atTime(LocalTime.of(10, 0)).atZone(BulletinPeriods.VIETNAM).toInstant());
		for (int i = 0; i < 3; i++) {
			long caseId = cases.open(new OpenCaseCommand(null, "Đường liên xã sạt lở " + i, "https://bao.example.vn/sat-lo/" + i,
					"Báo Lâm Đồng", "Đề nghị xác minh, trả lời", List.of(agency), Severity.NORMAL), officer);
			jdbc.sql("update app.press_case set opened_at = ? where id = ?").params(at, caseId).update();
		}
		List<Long> assignments = jdbc.sql("select id from app.assignment where agency_id = ? order by id").param(agency)
			.query(Long.class).list();
		jdbc.sql("update app.assignment set status = 'ACCEPTED', accepted_at = ? where id = ?").params(at, assignments.get(0)).update();
		jdbc.sql("update app.assignment set overdue = true where id = ?").param(assignments.get(1)).update();

		id = bulletins.create(BulletinKind.PROVINCE_WEEKLY, monday).orElseThrow();
		bulletins.build(id);
		bulletins.publish(id);
	}

	@Test
	void theEditionFreezesTheAgencyLine() {
		assertThat(editions.of(id).caseStatus()).contains(new CaseStatus(AGENCY, 3, 1, 1));
	}

	@Test
	void thePageThePdfAndTheDocxShowIt() throws Exception {
		String page = mvc.perform(get("/diem-bao/" + id).with(TestUsers.leader(accounts))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(HEADING, AGENCY, "Đã chuyển", "Đã trả lời", "Quá hạn");

		try (var document = Loader.loadPDF(pdf.pdf(editions.of(id)))) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
			assertThat(text).contains(HEADING, AGENCY, "Đã chuyển", "Quá hạn");
		}
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.docx(editions.of(id))));
				var extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(HEADING, AGENCY + "\t3\t1\t1", "Tổng cộng");
		}
	}
}
