package vn.diembao.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.directory.Agencies;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency officer, in real headless Chromium, logs in, opens the task and replies with a PDF attached. */
@DiembaoTest
class AgencyReplyBrowserTests {

	private static final String PASSWORD = "mat-khau-trinh-duyet";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PressCases cases;

	@Autowired
	Agencies agencies;

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
	void anAgencyRepliesWithAnAttachment() throws Exception {
		accounts.createIfAbsent("ui-canbo", PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		accounts.createIfAbsent("ui-snnmt", PASSWORD, "Đầu mối Sở NN&MT", Set.of(Role.AGENCY), "so-nnmt");
		String title = "Người dân phản ánh khói bụi từ lò gạch ở Bảo Lộc";
		long caseId = cases.open(new OpenCaseCommand(null, title, "https://bao.example.vn/lo-gach", "Báo thử",
				"Đề nghị kiểm tra lò gạch gây khói bụi", List.of(agencies.byCode("so-nnmt").orElseThrow().id()),
				Severity.NORMAL), accounts.currentUser("ui-canbo"));
		Path pdf = Files.createTempFile("bien-ban-kiem-tra", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% biên bản kiểm tra\n");

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/viec-can-xu-ly", "ui-snnmt", PASSWORD);
		wait(ExpectedConditions.titleContains("Việc cần xử lý"));
		browser.findElement(By.partialLinkText("khói bụi từ lò gạch")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
		browser.findElement(By.id("text")).sendKeys("Đoàn kiểm tra đã lập biên bản, yêu cầu cơ sở lắp thiết bị xử lý khói bụi.");
		browser.findElement(By.id("documentNumber")).sendKeys("321/SNNMT-MT");
		browser.findElement(By.id("files")).sendKeys(pdf.toAbsolutePath().toString());
		browser.findElement(By.xpath("//button[normalize-space()='Gửi phản hồi']")).click();

		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã gửi phản hồi"));
		assertThat(browser.getPageSource()).doesNotContain(title);
		var reply = cases.find(caseId, accounts.currentUser("ui-canbo")).orElseThrow().assignments().get(0).replies().get(0);
		assertThat(reply.documentNumber()).isEqualTo("321/SNNMT-MT");
		assertThat(reply.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).startsWith("bien-ban-kiem-tra").endsWith(".pdf");
			assertThat(file.contentType()).isEqualTo("application/pdf");
		});
	}

	@Test
	void theCasePageShowsTheProcessDiagramWithTheCurrentStep() {
		accounts.createIfAbsent("ui-canbo", PASSWORD, "Cán bộ", Set.of(Role.OFFICER), null);
		long caseId = cases.open(new OpenCaseCommand(null, "Đường liên xã xuống cấp ở Di Linh", "https://bao.example.vn/duong",
				"Báo thử", "Đề nghị kiểm tra tuyến đường", List.of(agencies.byCode("so-xd").orElseThrow().id()), Severity.NORMAL),
				accounts.currentUser("ui-canbo"));

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/ho-so/" + caseId, "ui-canbo", PASSWORD);

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-diagram svg")));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#case-diagram .step-current[data-element-id=verifyAndReply]")));
		assertThat(browser.findElements(By.cssSelector("#case-diagram .step-done"))).isNotEmpty();
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
