package vn.diembao.bulletin;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.classify.Tone;
import vn.diembao.classify.Topic;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The RSS and Atom feeds of one kind, fetched as a feed reader does (HTTP Basic) and parsed back with ROME. */
@DiembaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulletinFeedTests {

	static final String TITLE = "Chuyển đổi số: Lâm Đồng ra mắt nền tảng dịch vụ công trực tuyến mới";

	@Autowired
	Bulletins bulletins;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	long published;

	long draft;

	@BeforeAll
	void publishOneAndLeaveOneInDraft() {
		var data = new BulletinFixtures(jdbc);
		LocalDate day = LocalDate.of(2091, 3, 6);
		data.article(day.minusDays(1), TITLE, "Người dân nộp hồ sơ và nhận kết quả trên điện thoại.", "Báo Lâm Đồng",
				Tone.POSITIVE, Topic.IT_DIGITAL, true, false, "Đà Lạt");
		published = bulletins.create(BulletinKind.IT_DAILY, day).orElseThrow();
		bulletins.build(published);
		bulletins.publish(published);
		draft = bulletins.create(BulletinKind.IT_DAILY, day.plusDays(1)).orElseThrow();
		accounts.createIfAbsent("test-feed-lanhdao", TestUsers.PASSWORD, "Lãnh đạo đọc tin", Set.of(Role.LEADER), null);
	}

	@Test
	void aLeadersReaderGetsTheRssOfPublishedEditionsOnly() throws Exception {
		String xml = mvc.perform(get("/diem-bao/rss/it-daily").with(httpBasic("test-feed-lanhdao", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/rss+xml")))
			.andReturn().getResponse().getContentAsString();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getTitle()).isEqualTo("Điểm báo Ứng dụng CNTT");
		var entry = feed.getEntries().get(0);
		assertThat(entry.getLink()).endsWith("/diem-bao/" + published);
		assertThat(entry.getTitle()).isEqualTo("Điểm báo Ứng dụng CNTT — Số 01/2091, ngày 06/03/2091");
		assertThat(entry.getDescription().getValue()).contains(TITLE);
		assertThat(entry.getPublishedDate()).isNotNull();
		assertThat(feed.getEntries()).noneMatch(e -> e.getLink().endsWith("/diem-bao/" + draft));
	}

	@Test
	void theAtomFeedParsesToo() throws Exception {
		String xml = mvc.perform(get("/diem-bao/atom/it-daily").with(TestUsers.officer(accounts)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries().get(0).getTitle()).contains("Số 01/2091");
	}

	@Test
	void aReaderWithoutCredentialsIsChallengedAndOthersAreRefused() throws Exception {
		mvc.perform(get("/diem-bao/rss/it-daily"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
		mvc.perform(get("/diem-bao/rss/it-daily").with(httpBasic("test-feed-lanhdao", "sai-mat-khau")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/diem-bao/rss/it-daily").with(TestUsers.as(accounts, "test-feed-xacminh", Role.FACTCHECK, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/diem-bao/rss/khong-co").with(TestUsers.officer(accounts)))
			.andExpect(status().isNotFound());
	}
}
