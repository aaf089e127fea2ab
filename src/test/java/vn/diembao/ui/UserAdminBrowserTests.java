package vn.diembao.ui;

import java.time.Duration;
import java.util.Set;

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
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator, in real headless Chromium, creates an agency user: first with mistakes, then correctly. */
@DiembaoTest
class UserAdminBrowserTests {

	private static final String PASSWORD = "mat-khau-trinh-duyet";

	@LocalServerPort
	int port;

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
	void anAdministratorCreatesAnAgencyUserAfterCorrectingTheForm() {
		accounts.createIfAbsent("ui-quantri", PASSWORD, "Quản trị trình duyệt", Set.of(Role.ADMIN), null);

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/quan-tri/nguoi-dung", "ui-quantri", PASSWORD);
		wait(ExpectedConditions.titleContains("Người dùng"));
		browser.findElement(By.linkText("Quản trị")).isDisplayed();
		browser.findElement(By.linkText("Thêm người dùng")).click();

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("fullName")));
		browser.findElement(By.id("username")).sendKeys("ui-soct");
		browser.findElement(By.id("fullName")).sendKeys("Đầu mối Sở Công Thương");
		browser.findElement(By.id("email")).sendKeys("daumoi@soct.lamdong.gov.vn");
		browser.findElement(By.id("role-AGENCY")).click();
		browser.findElement(By.id("password")).sendKeys("mat-khau-ban-dau");
		browser.findElement(By.id("save")).click();

		wait(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
		assertThat(browser.findElement(By.id("errors")).getText()).contains("Người dùng cơ quan phải gắn với một cơ quan.");
		assertThat(browser.findElement(By.id("agencyId")).getAttribute("class")).contains("is-invalid");
		// what was typed is kept, except the password
		assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Đầu mối Sở Công Thương");
		assertThat(browser.findElement(By.id("role-AGENCY")).isSelected()).isTrue();

		new Select(browser.findElement(By.id("agencyId"))).selectByVisibleText("Sở Công Thương");
		browser.findElement(By.id("password")).sendKeys("mat-khau-ban-dau");
		browser.findElement(By.id("save")).click();

		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã tạo người dùng ui-soct."));
		assertThat(accounts.currentUser("ui-soct").agency().code()).isEqualTo("so-ct");
		browser.get("http://localhost:" + port + "/quan-tri/nguoi-dung");
		assertThat(browser.findElement(By.id("users")).getText()).contains("ui-soct", "Sở Công Thương", "Chưa đăng nhập");
	}

	@Test
	void swaggerUiRendersTheApiUnderOurContentSecurityPolicy() {
		accounts.createIfAbsent("ui-quantri", PASSWORD, "Quản trị trình duyệt", Set.of(Role.ADMIN), null);

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/swagger-ui/index.html", "ui-quantri", PASSWORD);

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
		assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText()).contains("/api/v1/admin/users");
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
