package vn.diembao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.fakenews.FakeNewsDesk;
import vn.diembao.fakenews.Verdict;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen reports in real Chromium with a screenshot; once the team concludes, anyone reads it on the public page. */
@DiembaoTest
class FakeNewsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	FakeNewsDesk desk;

	@Autowired
	UserAccounts accounts;

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
	void aCitizenReportsAndLaterReadsThePublishedConclusion() throws Exception {
		String claim = "Lâm Đồng cho học sinh nghỉ học cả tuần vì dịch cúm " + System.nanoTime();
		Path screenshot = Files.createTempFile("anh-chup", ".png");
		ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", screenshot.toFile());

		browser.get("http://localhost:" + port + "/tin-gia/bao-cao");
		browser.findElement(By.id("claim")).sendKeys(claim);
		new Select(browser.findElement(By.id("platform"))).selectByVisibleText("Facebook");
		browser.findElement(By.id("files")).sendKeys(screenshot.toAbsolutePath().toString());
		browser.findElement(By.id("contact")).sendKeys("0912 345 678");
		browser.findElement(By.id("consent")).click();
		browser.findElement(By.xpath("//button[normalize-space()='Gửi báo cáo']")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code")));
		String code = browser.findElement(By.id("tracking-code")).getText();
		assertThat(code).startsWith("TG-");

		accounts.createIfAbsent("ui-tingia", "mat-khau-ui", "Tổ tin giả", Set.of(Role.FACTCHECK), null);
		accounts.createIfAbsent("ui-lanhdao", "mat-khau-ui", "Lãnh đạo", Set.of(Role.LEADER), null);
		long id = desk.reports().stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		desk.screen(id, true, null, List.of(), accounts.currentUser("ui-tingia"));
		desk.propose(id, Verdict.FAKE, "Sở Giáo dục và Đào tạo khẳng định không có chủ trương cho học sinh nghỉ học.",
				"Thông báo của Sở GD&ĐT", "Sở Giáo dục và Đào tạo", accounts.currentUser("ui-tingia"));
		desk.decide(id, true, null, accounts.currentUser("ui-lanhdao"));

		browser.get("http://localhost:" + port + "/tin-gia/tra-cuu?ma=" + code);
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Đã có kết luận");
		browser.findElement(By.linkText("Xem kết luận")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
		assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Tin giả");
		assertThat(browser.findElement(By.id("claim")).getText()).isEqualTo(claim);
		assertThat(browser.findElements(By.cssSelector("img.img-thumbnail"))).hasSize(1);
		assertThat(browser.getPageSource()).doesNotContain("0912 345 678");
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
