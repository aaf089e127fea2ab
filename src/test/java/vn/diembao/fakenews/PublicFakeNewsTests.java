package vn.diembao.fakenews;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public side under normal use and abuse: form, tracking, published page, RSS. */
@DiembaoTest
class PublicFakeNewsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FakeNewsRecords records;

	@Autowired
	FakeNewsIntake intake;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	UserAccounts accounts;

	@Test
	void aCitizenReportsAndChecksTheStatusWhichRevealsNothingElse() throws Exception {
		String claim = "Tin đồn Lâm Đồng phong tỏa Đà Lạt " + System.nanoTime();
		String page = mvc.perform(multipart("/tin-gia/bao-cao").with(csrf()).with(from("10.2.0.1"))
			.param("claim", claim).param("platform", "Facebook").param("url", "https://facebook.com/post/1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Mã tra cứu")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = org.jsoup.Jsoup.parse(page).select("#tracking-code").text();
		assertThat(code).startsWith("TG-");

		mvc.perform(get("/tin-gia/tra-cuu").param("ma", code)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(not(containsString(claim))));
	}

	@Test
	void invalidFormsAreShownBackWithTheirErrors() throws Exception {
		mvc.perform(multipart("/tin-gia/bao-cao").with(csrf()).with(from("10.2.0.2")).param("claim", " ").param("platform", "")
			.param("contact", "0909000000").param("url", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy mô tả nội dung nghi là tin giả")))
			.andExpect(content().string(containsString("bạn cần đồng ý")))
			.andExpect(content().string(containsString("Đường dẫn phải bắt đầu bằng http")));
	}

	@Test
	void aBotFillingTheHoneypotIsThankedAndIgnored() throws Exception {
		String claim = "Quảng cáo cờ bạc " + System.nanoTime();
		mvc.perform(multipart("/tin-gia/bao-cao").with(csrf()).with(from("10.2.0.3")).param("claim", claim)
			.param("platform", "Khác").param("website", "http://spam.example")).andExpect(status().isOk());
		assertThat(records.desk()).noneMatch(r -> r.claim().equals(claim));
	}

	@Test
	void theSixthReportWithinAnHourFromOneAddressIsRefused() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(multipart("/tin-gia/bao-cao").with(csrf()).with(from("10.2.0.4"))
				.param("claim", "Phản ánh số " + i + " " + System.nanoTime()).param("platform", "Zalo")).andExpect(status().isOk());
		}
		mvc.perform(multipart("/tin-gia/bao-cao").with(csrf()).with(from("10.2.0.4")).param("claim", "Thêm nữa").param("platform", "Zalo"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Bạn đã gửi nhiều phản ánh trong một giờ qua")));
	}

	@Test
	void oversizeAndFakeImagesAreRefused() throws Exception {
		var big = new MockMultipartFile("files", "anh.png", "image/png", new byte[CheckedImage.MAX_BYTES + 1]);
		mvc.perform(multipart("/tin-gia/bao-cao").file(big).with(csrf()).with(from("10.2.0.5")).param("claim", "Ảnh lớn")
			.param("platform", "TikTok")).andExpect(content().string(containsString("vượt quá 5 MB")));
		var fake = new MockMultipartFile("files", "anh.png", "image/png", "MZ this is a program".getBytes());
		mvc.perform(multipart("/tin-gia/bao-cao").file(fake).with(csrf()).with(from("10.2.0.5")).param("claim", "Ảnh giả")
			.param("platform", "TikTok")).andExpect(content().string(containsString("không phải ảnh JPEG hoặc PNG hợp lệ")));
	}

	@Test
	void aPublishedConclusionIsEscapedSharedAndInTheRssFeed() throws Exception {
		accounts.createIfAbsent("pub-tingia", "x-mat-khau", "Tổ tin giả", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("pub-lanhdao", "x-mat-khau", "Lãnh đạo", Set.of(Role.LEADER), null);
		CurrentUser factChecker = accounts.currentUser("pub-tingia");
		String claim = "<script>alert('xss')</script> Bảo Lộc mất điện toàn thành phố " + System.nanoTime();
		var receipt = intake.fromOfficer(new ReportForm(claim, "Facebook", null, null, null, false, null), List.of(), "pub-tingia");
		long id = records.byTrackingCode(receipt.trackingCode()).orElseThrow().id();
		desk.screen(id, true, null, List.of(), factChecker);
		desk.propose(id, Verdict.FAKE, "Điện lực xác nhận không có sự cố </script><b>", null, "Công ty Điện lực", factChecker);
		desk.decide(id, true, null, accounts.currentUser("pub-lanhdao"));

		String page = mvc.perform(get("/tin-gia/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		assertThat(page).contains("\"@type\":\"ClaimReview\"", "property=\"og:title\"").doesNotContain("</script><b>");
		mvc.perform(get("/tin-gia").param("q", "bao loc mat dien")).andExpect(content().string(containsString("Bảo Lộc mất điện")));

		String rss = mvc.perform(get("/tin-gia/rss")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		SyndFeed feed = new SyndFeedInput().build(new StringReader(rss));
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getEntries()).anyMatch(e -> e.getTitle().startsWith("[Tin giả]") && e.getTitle().contains("Bảo Lộc mất điện"));
	}

	@Test
	void unpublishedReportsAndTheDeskAreNotPublic() throws Exception {
		var receipt = intake.fromOfficer(new ReportForm("Chưa công bố " + System.nanoTime(), "Zalo", null, null, null, false, null),
				List.of(), "ai-do");
		long id = records.byTrackingCode(receipt.trackingCode()).orElseThrow().id();
		mvc.perform(get("/tin-gia/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/tin-gia/quan-ly").accept("text/html")).andExpect(redirectedUrlPattern("**/login"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
