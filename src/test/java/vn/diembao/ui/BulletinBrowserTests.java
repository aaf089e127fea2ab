package vn.diembao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer, in headless Chromium on a phone-sized window, creates a bulletin, then reads it without horizontal scrolling. */
@DiembaoTest
class BulletinBrowserTests {

	private static final String PASSWORD = "mat-khau-trinh-duyet";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

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

	@Test
	void aBulletinReadsOnAPhoneWithoutHorizontalScrolling() throws Exception {
		accounts.createIfAbsent("ui-bientap", PASSWORD, "Cán bộ biên tập", Set.of(Role.OFFICER), null);
		BrowserSupport.signIn(browser, "http://localhost:" + port + "/diem-bao", "ui-bientap", PASSWORD);
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("ngay")));
		var date = browser.findElement(By.id("ngay"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2048-03-10'", date);
		browser.findElement(By.xpath("//button[normalize-space()='Lập']")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Điểm báo"));

		browser.findElement(By.linkText("Xem như người đọc")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "BẢN TIN ĐIỂM BÁO"));
		long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
		long clientWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
		Path screenshot = Path.of("target", "bulletin-phone-390x844.png");
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("BẢN TIN ĐIỂM BÁO LÂM ĐỒNG HÀNG NGÀY");
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
