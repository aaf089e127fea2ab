package vn.diembao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.ingest.SafeFetcher;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.LocalServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer, in headless Chromium, registers a commune's website, checks it now, and finds it in the compliance
 * matrix: green for the banner, red for the Decree 42 sections its menu lacks.
 */
@DiembaoTest
class SitesBrowserTests {

	private static final String PASSWORD = "mat-khau-trinh-duyet";
	private static final String HOME = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>UBND xã Đạ Huoai</title>"
			+ "</head><body><nav><a href=\"/gioi-thieu\">Giới thiệu</a></nav><main><a href=\"/dai-hoi\">"
			+ "<img src=\"/anh/banner-dai-hoi-dang-bo-xa.png\" alt=\"Chào mừng Đại hội Đảng bộ xã\"></a></main></body></html>";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	SafeFetcher fetcher;

	private WebDriver browser;
	private LocalServer site;

	@BeforeEach
	void start() throws Exception {
		site = new LocalServer();
		site.serve("/", exchange -> LocalServer.respond(exchange, 200, "text/html; charset=utf-8", HOME));
		fetcher.allowHost(site.hostAndPort());
		browser = BrowserSupport.start();
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.quit();
		}
		site.close();
	}

	@Test
	void anOfficerRegistersASiteChecksItAndReadsTheMatrix() throws Exception {
		accounts.createIfAbsent("ui-trangtin", PASSWORD, "Cán bộ theo dõi trang tin", Set.of(Role.OFFICER), null);
		String siteUrl = site.url("/");
		BrowserSupport.signIn(browser, "http://localhost:" + port + "/trang-tin/danh-sach", "ui-trangtin", PASSWORD);
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("site-form")));

		browser.findElement(By.id("name")).sendKeys("UBND xã Đạ Huoai");
		browser.findElement(By.id("url")).sendKeys(siteUrl);
		new Select(browser.findElement(By.id("level"))).selectByVisibleText("Xã, phường, thị trấn");
		browser.findElement(By.cssSelector("#site-form button[type=submit]")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã lưu trang UBND xã Đạ Huoai"));

		browser.findElement(By.linkText("UBND xã Đạ Huoai")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("check-now")));
		browser.findElement(By.id("check-now")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Đã kiểm tra"));
		assertThat(browser.findElement(By.cssSelector("#latest tr[data-check=banner-dai-hoi]")).getText()).contains("Đạt");

		browser.findElement(By.linkText("← Bảng theo dõi")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("level-filter")));
		browser.findElement(By.linkText("Xã, phường, thị trấn")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("compliance")));
		WebElement row = browser.findElements(By.cssSelector("#compliance tbody tr")).stream()
			.filter(tr -> tr.getText().contains(siteUrl)).findFirst().orElseThrow();
		assertThat(row.findElement(By.cssSelector("td[data-check=banner-dai-hoi]")).getText()).isEqualTo("Đạt");
		assertThat(row.findElement(By.cssSelector("td[data-check=nd42-thu-tuc]")).getText()).isEqualTo("Không đạt");
		assertThat(row.findElement(By.cssSelector("td[data-check=nd42-thu-tuc]")).getAttribute("title"))
			.isEqualTo("Không thấy mục này trên trang chủ");
		Files.write(Path.of("target", "sites-compliance.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
