package vn.diembao.bulletin;

import java.time.LocalDate;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.classify.Tone;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officer curates in the browser's forms, the leader approves, and the distribution list gets HTML and PDF. */
@DiembaoTest
class BulletinMailAndCurationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	BulletinRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void curatedApprovedAndMailedToTheDistributionList() throws Exception {
		LocalDate day = LocalDate.of(2047, 9, 10);
		var data = new BulletinFixtures(jdbc);
		data.provinceNews(day.minusDays(1), "Đà Lạt đón 1 triệu lượt khách", "Báo A", Tone.POSITIVE);
		data.provinceNews(day.minusDays(1), "Bảo Lộc mở rộng vùng chè chất lượng cao", "Báo B", Tone.POSITIVE);
		var officer = TestUsers.officer(accounts);
		var leader = TestUsers.leader(accounts);

		String location = mvc.perform(post("/diem-bao/lap").param("kind", "PROVINCE_DAILY").param("ngay", day.toString())
				.with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.split("/")[2]);
		var items = records.items(id);
		assertThat(items).hasSize(2);
		long second = items.get(1).id();

		mvc.perform(post("/diem-bao/" + id + "/muc/" + second + "/len").with(officer).with(csrf()))
			.andExpect(redirectedUrl("/diem-bao/" + id + "/bien-tap"));
		mvc.perform(post("/diem-bao/" + id + "/muc/" + second + "/tom-tat").param("summary", "Chè Bảo Lộc được mở rộng thêm 500 ha.")
				.with(officer).with(csrf()));
		mvc.perform(post("/diem-bao/" + id + "/ghi-chu").param("note", "Bản tin có 02 tin nổi bật.").with(officer).with(csrf()));
		mvc.perform(post("/diem-bao/" + id + "/muc/" + items.get(0).id() + "/xoa").with(officer).with(csrf()));
		assertThat(records.items(id)).extracting(BulletinItem::summary).containsExactly("Chè Bảo Lộc được mở rộng thêm 500 ha.");
		String page = mvc.perform(get("/diem-bao/" + id + "/bien-tap").with(officer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hx-boost=\"true\"", "Trình lãnh đạo duyệt", "Đà Lạt đón 1 triệu lượt khách");

		mvc.perform(post("/diem-bao/" + id + "/duyet").with(officer).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/diem-bao/" + id + "/trinh-duyet").with(officer).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/diem-bao/" + id + "/duyet").with(leader).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(records.find(id).orElseThrow().isPublished()).isTrue();
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		MimeMessage mail = smtp.getReceivedMessagesForDomain("lanhdao-tinh@lamdong.gov.vn")[0];
		assertThat(mail.getSubject()).startsWith("[Điểm báo] Điểm báo Lâm Đồng hàng ngày — Số ").endsWith("ngày 10/09/2047");
		assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder("lanhdao-tinh@lamdong.gov.vn", "vanphong@lamdong.gov.vn");
		Multipart parts = (Multipart) mail.getContent();
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).isNotEmpty();
		boolean hasPdf = false;
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
				hasPdf = part.getContentType().startsWith("application/pdf");
			}
		}
		assertThat(hasPdf).isTrue();
		assertThat(htmlOf(parts)).contains("Chè Bảo Lộc được mở rộng thêm 500 ha.", "Bản tin có 02 tin nổi bật.");
	}

	private static String htmlOf(Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.isMimeType("text/html")) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart nested) {
				String html = htmlOf(nested);
				if (!html.isEmpty()) {
					return html;
				}
			}
		}
		return "";
	}
}
