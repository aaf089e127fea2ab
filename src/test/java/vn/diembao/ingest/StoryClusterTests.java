package vn.diembao.ingest;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.diembao.directory.Outlets;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A story syndicated by two outlets with small edits is one cluster; a different story is another. */
@DiembaoTest
class StoryClusterTests {

	static final String[] STORY = {
			"Chiều 18/11, UBND tỉnh Lâm Đồng tổ chức họp báo công bố chương trình Festival Hoa Đà Lạt lần thứ 11 với chủ đề Đà Lạt, kết tinh kỳ diệu từ đất lành.",
			"Theo ban tổ chức, festival diễn ra từ ngày 20/12 đến hết tháng 1 năm sau với hơn 100 hoạt động văn hóa, nghệ thuật, du lịch và trưng bày hoa trên khắp các phường trung tâm.",
			"Điểm nhấn là lễ khai mạc tại quảng trường Lâm Viên, chương trình đường phố và không gian trưng bày hàng nghìn loài hoa, cây cảnh do nông dân và doanh nghiệp địa phương thực hiện.",
			"Phó Chủ tịch UBND tỉnh cho biết địa phương đã chuẩn bị phương án giao thông, an ninh trật tự và kiểm soát giá dịch vụ lưu trú để phục vụ du khách." };

	static final String[] OTHER_STORY = {
			"Sáng 18/11, Công an tỉnh Lâm Đồng cho biết đã khởi tố vụ án khai thác khoáng sản trái phép tại khu vực lòng hồ thủy điện Đại Ninh.",
			"Qua kiểm tra, lực lượng chức năng phát hiện nhiều phương tiện hút cát hoạt động vào ban đêm, tập kết cát trái phép tại bãi ven sông mà không có giấy phép.",
			"Cơ quan điều tra đã tạm giữ hai tàu hút, ba xe tải cùng hàng trăm mét khối cát và đang mở rộng điều tra làm rõ trách nhiệm của các cá nhân liên quan." };

	@Autowired
	Sources sources;

	@Autowired
	Outlets outlets;

	@Autowired
	SafeFetcher fetcher;

	@Autowired
	StoryClusters clusters;

	@Autowired
	Articles articles;

	private LocalSite site;

	@BeforeEach
	void startSite() throws Exception {
		site = new LocalSite();
		fetcher.allowHost(site.hostAndPort());
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	@Test
	void aStorySyndicatedWithSmallEditsIsOneClusterAndADifferentStoryAnother() {
		String[] edited = STORY.clone();
		edited[1] = edited[1].replace("hơn 100 hoạt động", "trên 100 hoạt động");
		String[] syndicated = { edited[0], edited[1], edited[2], edited[3], "(Theo TTXVN)" };
		long original = collect("ttxvn.cluster.test", "/goc.html", "Đà Lạt công bố Festival Hoa lần thứ 11", STORY);
		long copy = collect("baotintuc.cluster.test", "/dang-lai.html", "Festival Hoa Đà Lạt lần thứ 11 có hơn 100 hoạt động", syndicated);
		long other = collect("ttxvn2.cluster.test", "/khac.html", "Khởi tố vụ khai thác cát trái phép ở hồ Đại Ninh", OTHER_STORY);

		Long cluster = articles.find(original).orElseThrow().clusterId();
		assertThat(articles.find(copy).orElseThrow().clusterId()).isEqualTo(cluster);
		assertThat(articles.find(other).orElseThrow().clusterId()).isNotEqualTo(cluster);
		assertThat(clusters.articles(cluster)).extracting(ArticleView::id).containsExactly(original, copy);
		assertThat(clusters.find(cluster).orElseThrow().articleCount()).isEqualTo(2);
		assertThat(clusters.ofArticle(copy).orElseThrow().title()).isEqualTo("Đà Lạt công bố Festival Hoa lần thứ 11");
	}

	@Test
	void theSameTextAtAnotherUrlOfTheSameOutletIsNotStoredTwice() {
		long outletId = outlets.register("Báo Trùng (thử nghiệm)", "trung.cluster.test", "online newspaper").id();
		site.html("/a.html", LocalSite.article("Tin một", OTHER_STORY)).html("/b.html", LocalSite.article("Tin một", OTHER_STORY));
		site.rss("/rss.xml", LocalSite.feed(new String[] { "1", site.url("/a.html"), "Tin một" },
				new String[] { "2", site.url("/b.html"), "Tin một (bản khác)" }));
		PollResult result = sources.pollNow(sources.registerFeed(outletId, site.url("/rss.xml")));
		assertThat(result.itemsSeen()).isEqualTo(2);
		assertThat(result.newArticles()).isEqualTo(1);
		assertThat(result.failedItems()).isZero();
	}

	private long collect(String domain, String path, String title, String... paragraphs) {
		long outletId = outlets.register(domain, domain, "online newspaper").id();
		site.html(path, LocalSite.article(title, paragraphs));
		String feedPath = "/" + domain + ".xml";
		site.rss(feedPath, LocalSite.feed(new String[] { domain, site.url(path), title }));
		long sourceId = sources.registerFeed(outletId, site.url(feedPath));
		assertThat(sources.pollNow(sourceId).newArticles()).isEqualTo(1);
		return sources.find(sourceId).map(s -> List.of(s)).orElseThrow().stream()
			.map(s -> articles.find(lastArticle(s.id())).orElseThrow().id()).findFirst().orElseThrow();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long lastArticle(long sourceId) {
		return jdbc.sql("select max(id) from app.article where source_id = ?").param(sourceId).query(Long.class).single();
	}
}
