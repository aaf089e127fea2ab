package vn.diembao.ui;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.bulletin.BulletinDesk;
import vn.diembao.bulletin.BulletinKind;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer curates a draft in headless Chromium: moves an item up, removes one, rewrites a summary; the curation
 * page (htmx) and the reader's page show the result.
 */
@DiembaoTest
class BulletinCurationBrowserTests {

	private static final String PASSWORD = "mat-khau-bien-tap";
	private static final String FIRST = "Bảo Lộc: khánh thành cầu dân sinh nối hai thôn";
	private static final String SECOND = "Di Linh: nông dân chuyển sang trồng cà phê đặc sản";
	private static final String THIRD = "Đức Trọng: khởi công tuyến đường tránh quốc lộ 20";
	private static final String SUMMARY = "Tóm tắt do cán bộ biên tập viết lại: cầu dài 60 m, vốn ngân sách tỉnh và nhân dân đóng góp.";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	BulletinDesk desk;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		browser = BrowserSupport.start();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anOfficerReordersRemovesAndRewritesItems() {
		LocalDate issueDate = LocalDate.of(2094, 3, 9); // a Tuesday: the draft covers Monday
		// all three in the economy section, newest first: FIRST (11:00), SECOND (10:00), THIRD (09:00)
		article(issueDate.minusDays(1).atTime(11, 0), FIRST, "Cây cầu mới giúp người dân chở nông sản ra chợ thuận tiện hơn.");
		article(issueDate.minusDays(1).atTime(10, 0), SECOND, "Giá trị mỗi héc-ta cà phê tăng gấp đôi.");
		article(issueDate.minusDays(1).atTime(9, 0), THIRD, "Tuyến đường giảm ùn tắc qua thị trấn Liên Nghĩa.");
		long id = desk.startEdition(BulletinKind.PROVINCE_DAILY, issueDate).orElseThrow();
		accounts.createIfAbsent("ui-bientap-muc", PASSWORD, "Cán bộ biên tập", Set.of(Role.OFFICER), null);

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/diem-bao/" + id + "/bien-tap", "ui-bientap-muc", PASSWORD);
		waitUntil(b -> titles().equals(List.of(FIRST, SECOND, THIRD)));

		item(SECOND).findElement(By.cssSelector("button.move-up")).click();
		waitUntil(b -> titles().equals(List.of(SECOND, FIRST, THIRD)));

		item(THIRD).findElement(By.cssSelector("button.remove")).click();
		waitUntil(b -> titles().equals(List.of(SECOND, FIRST)));

		WebElement summary = item(FIRST).findElement(By.name("summary"));
		summary.clear();
		summary.sendKeys(SUMMARY);
		item(FIRST).findElement(By.xpath(".//button[normalize-space()='Lưu tóm tắt']")).click();
		waitUntil(b -> SUMMARY.equals(item(FIRST).findElement(By.name("summary")).getAttribute("value")));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("2 tin, bài");

		browser.get("http://localhost:" + port + "/diem-bao/" + id);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains(SUMMARY).doesNotContain(THIRD);
		assertThat(page.indexOf(SECOND)).isLessThan(page.indexOf(FIRST));
	}

	/** The titles of the draft's items in page order, without their numbers. */
	private List<String> titles() {
		return browser.findElements(By.cssSelector("li.bulletin-item b")).stream()
			.map(b -> b.getText().replaceFirst("^\\d+\\.\\s*", ""))
			.toList();
	}

	private WebElement item(String title) {
		return browser.findElements(By.cssSelector("li.bulletin-item")).stream()
			.filter(li -> li.findElement(By.tagName("b")).getText().endsWith(title))
			.findFirst()
			.orElseThrow();
	}

	private void waitUntil(ExpectedCondition<Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.withMessage(() -> "items on the page: " + titles() + " at " + browser.getCurrentUrl())
			.until(condition);
	}

	/** A classified article about the province, as ingest and classify would leave it. */
	private void article(java.time.LocalDateTime at, String title, String lead) {
		String domain = "bientap-" + System.nanoTime() + ".test";
		long outlet = jdbc.sql("insert into app.outlet (name, domain) values ('Báo Lâm Đồng', ?) returning id").param(domain)
			.query(Long.class).single();
		var when = Timestamp.from(at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		String url = "https://" + domain + "/bai";
		long article = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, ?, ?, ?, ?, 'test') returning id""")
			.params(outlet, url, title, lead, lead, when, "bt" + System.nanoTime())
			.query(Long.class).single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, places, reasons, model_version, title, lead, url, outlet_name, published_at)
				values (?, 'LDO', true, 1.0, 'POSITIVE', 'LOCAL_NEWS', false, 'Lâm Đồng', 'thử nghiệm', 'test', ?, ?, ?,
				    'Báo Lâm Đồng', ?)""")
			.params(article, title, lead, url, when)
			.update();
	}
}
