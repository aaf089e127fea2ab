package vn.diembao.classify;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.Outlets;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** “Phân loại lại theo kỳ”: stale decisions of a period are replaced, untriaged inbox items follow, decided ones stay. */
@DiembaoTest
class ReclassificationTests {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Outlets outlets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reclassification reclassification;

	@Test
	void aPeriodIsClassifiedAgainWithProgressAndTheUntriagedInboxFollows() throws Exception {
		long outletId = outlets.register("Báo Phân Loại Lại (thử nghiệm)", "phanloailai.reclassify.test", "online newspaper").id();
		long fresh = staleArticle(outletId, "Sạt lở đất vùi lấp nhà dân ở Đà Lạt, người dân bức xúc", "NEW");
		long decided = staleArticle(outletId, "Sạt lở đất chia cắt đường đèo Bảo Lộc, dân kêu cứu", "DISMISSED");
		var admin = TestUsers.as(accounts, "test-quantri", Role.ADMIN, null);

		mvc.perform(post("/quan-tri/phan-loai-lai").with(admin).with(csrf()).param("from", "2031-03-05").param("to", "2031-03-01"))
			.andExpect(flash().attribute("error", "Ngày kết thúc phải từ ngày bắt đầu trở đi."));
		mvc.perform(post("/quan-tri/phan-loai-lai").with(admin).with(csrf()).param("from", DAY.toString()).param("to", DAY.toString()))
			.andExpect(flash().attribute("message", "Bắt đầu phân loại lại 2 tin bài."));

		for (int i = 0; i < 100 && reclassification.progress().orElseThrow().running(); i++) {
			Thread.sleep(100);
		}
		var progress = reclassification.progress().orElseThrow();
		assertThat(progress.running()).isFalse();
		assertThat(progress.done()).isEqualTo(2);
		assertThat(progress.changed()).isEqualTo(2);
		assertThat(relevant("classification", fresh)).isTrue();
		assertThat(relevant("classification", decided)).isTrue();
		for (int i = 0; i < 100 && !relevant("inbox_item", fresh); i++) {
			Thread.sleep(100);
		}
		assertThat(relevant("inbox_item", fresh)).isTrue();
		assertThat(relevant("inbox_item", decided)).isFalse();

		mvc.perform(get("/quan-tri/phan-loai-lai/tien-do").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>2</span> thay đổi")));
		mvc.perform(get("/quan-tri/phan-loai-lai").with(TestUsers.officer(accounts))).andExpect(status().isForbidden());
	}

	private boolean relevant(String table, long articleId) {
		return jdbc.sql("select relevant from app." + table + " where article_id = ?").param(articleId).query(Boolean.class).single();
	}

	/** An article whose stored decision says “not about the province”, as before a gazetteer edit. */
	private long staleArticle(long outletId, String title, String inboxStatus) {
		Timestamp published = Timestamp.from(DAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		String url = "https://phanloailai.reclassify.test/" + Math.abs(title.hashCode());
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, '', 'Nội dung.', ?, md5(?), 'test') returning id""")
			.params(outletId, url, title, published, title)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic, needs_response,
				       places, reasons, model_version, title, url, outlet_name, published_at)
				values (?, 'LDO', false, 0, 'NEUTRAL', 'OTHER', false, '', 'cũ', 'cũ', ?, ?, 'Báo Phân Loại Lại', ?)""")
			.params(id, title, url, published)
			.update();
		jdbc.sql("""
				insert into app.inbox_item (article_id, title, url, outlet_name, published_at, relevant, tone, topic,
				       needs_response, status, story_key) values (?, ?, ?, 'Báo Phân Loại Lại', ?, false, 'NEUTRAL', 'OTHER', false, ?, ?)""")
			.params(id, title, url, published, inboxStatus, url)
			.update();
		return id;
	}
}
