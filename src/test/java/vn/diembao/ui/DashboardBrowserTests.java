package vn.diembao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader on a phone opens the dashboard of September 2015, reads it without scrolling sideways, taps a day of the
 * chart to see that day's articles, then opens the month's report and copies it.
 */
@DiembaoTest
class DashboardBrowserTests {

	private static final String PASSWORD = "mat-khau-trinh-duyet";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		browser = BrowserSupport.start("390,844");
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void article(String outlet, String title, LocalDateTime at, String tone) {
		long outletId = jdbc.sql("insert into app.outlet (name, domain) values (?, ?) returning id")
			.params(outlet, "ui-" + System.nanoTime() + ".test").query(Long.class).single();
		String url = "https://ui-tong-quan.test/" + System.nanoTime();
		var when = java.sql.Timestamp.from(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, ?, ?, ?, 'test') returning id""")
			.params(outletId, url, title, title, when, "ui" + System.nanoTime()).query(Long.class).single();
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, places, reasons, model_version, title, url, outlet_name, published_at)
				values (?, 'LDO', true, 1.0, ?, 'LOCAL_NEWS', false, 'Bảo Lộc', 'thử', 'test', ?, ?, ?, ?)""")
			.params(id, tone, title, url, outlet, when).update();
	}

	@Test
	void aLeaderReadsTheDashboardOnAPhoneAndFollowsAFigure() throws Exception {
		accounts.createIfAbsent("ui-lanhdao-tq", PASSWORD, "Lãnh đạo Sở", Set.of(Role.LEADER), null);
		article("Báo Giao Diện", "Khánh thành cầu mới ở Bảo Lộc (thử giao diện)", LocalDateTime.of(2015, 9, 7, 8, 0), "POSITIVE");
		article("Báo Giao Diện", "Đường hư hỏng ở Bảo Lộc (thử giao diện)", LocalDateTime.of(2015, 9, 7, 10, 0), "NEGATIVE");
		article("Báo Giao Diện", "Lễ hội ở Bảo Lộc (thử giao diện)", LocalDateTime.of(2015, 9, 15, 10, 0), "NEUTRAL");

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/?tu=2015-09-01&den=2015-09-30", "ui-lanhdao-tq", PASSWORD);
		wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("svg.tone-chart")));
		assertThat(browser.findElement(By.cssSelector("#figure-relevant .display-6")).getText()).isEqualTo("3");
		assertThat(browser.findElement(By.cssSelector("#figure-negative .display-6")).getText()).isEqualTo("33%");
		long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
		Files.write(Path.of("target", "dashboard-phone-390x844.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);

		// the bar of 7 September leads to that day's two articles
		var bar = browser.findElement(By.cssSelector("a.chart-day[data-day='2015-09-07']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", bar);
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", bar);
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("article-count")));
		assertThat(browser.getCurrentUrl()).contains("/tong-quan/tin-bai?tu=2015-09-07&den=2015-09-07");
		assertThat(browser.findElement(By.id("article-count")).getText()).isEqualTo("2");
		assertThat(browser.getPageSource()).contains("Đường hư hỏng ở Bảo Lộc (thử giao diện)")
			.doesNotContain("Lễ hội ở Bảo Lộc");

		browser.get("http://localhost:" + port + "/bao-cao/thang/2015-09");
		wait(ExpectedConditions.elementToBeClickable(By.id("copy-report")));
		assertThat(browser.findElement(By.id("report-section")).getText())
			.contains("chưa phát hành bản tin điểm báo", "đăng 03 tin, bài phản ánh về tỉnh Lâm Đồng");
		browser.findElement(By.id("copy-report")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("copy-done")));
		Files.write(Path.of("target", "report-phone-390x844.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
