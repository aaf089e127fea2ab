package vn.diembao.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer, in real headless Chromium, searches the inbox without diacritics, then triages with the keyboard only:
 * j/k move, n sets a tone, x selects two stories, c confirms both — each step an htmx swap of the list, never a
 * reload — and o opens the reader; from there a case goes to the agency the classifier suggested, whose contact,
 * signed in in the same browser, finds it in the task list.
 */
@DiembaoTest
class TriageKeyboardBrowserTests {

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
		browser = BrowserSupport.start("1400,1600");
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anOfficerSearchesWithoutDiacriticsAndTriagesWithTheKeyboard() {
		accounts.createIfAbsent("ui-tiepnhan", PASSWORD, "Cán bộ tiếp nhận", Set.of(Role.OFFICER), null);
		String outlet = "Báo Bàn Phím " + System.nanoTime();
		long outletId = jdbc.sql("insert into app.outlet (name, domain, type) values (?, ?, 'online newspaper') returning id")
			.params(outlet, "banphim" + System.nanoTime() + ".test").query(Long.class).single();
		long first = article(outletId, outlet, "Đắk Nông: sạt lở vùi nhà dân ở Gia Nghĩa", 1);
		long second = article(outletId, outlet, "Lâm Đồng khai mạc Festival Hoa", 2);
		long third = article(outletId, outlet, "Đà Lạt mở thêm tuyến xe buýt", 3);

		BrowserSupport.signIn(browser, "http://localhost:" + port + "/tiep-nhan", "ui-tiepnhan", PASSWORD);
		wait(ExpectedConditions.titleContains("Tiếp nhận tin bài"));
		new Select(browser.findElement(By.id("outlet"))).selectByVisibleText(outlet); // the change applies the filter
		wait(driver -> rows().size() == 3);
		markPage();

		// search without diacritics: one story, the words marked
		browser.findElement(By.id("q")).sendKeys("dak nong", Keys.ENTER);
		wait(driver -> rows().size() == 1);
		assertThat(browser.findElements(By.cssSelector("#article-" + first + " .article-title mark")))
			.extracting(WebElement::getText).containsExactly("Đắk", "Nông");
		browser.findElement(By.id("q")).clear();
		browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
		wait(driver -> rows().size() == 3);

		// the shortcuts overlay
		browser.findElement(By.tagName("h1")).click();
		keys("?");
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts")));
		keys(Keys.ESCAPE.toString());

		// newest first: third, second, first; the cursor stayed on the article the search found
		assertThat(rows()).extracting(row -> row.getAttribute("id"))
			.containsExactly("article-" + third, "article-" + second, "article-" + first);
		assertThat(cursorRow()).isEqualTo("article-" + first);
		keys("k");
		assertThat(cursorRow()).isEqualTo("article-" + second);
		keys("j", "n");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#article-" + first + " .tone-badge"),
				"Tồn tại, hạn chế"));
		keys("x", "k", "x");
		assertThat(browser.findElements(By.cssSelector("#inbox .select-row:checked"))).hasSize(2);
		keys("c");
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#inbox-list .alert-success"),
				"Đã xác nhận 2 tin, bài."));
		assertThat(rows()).extracting(row -> row.getAttribute("id")).containsExactly("article-" + third);
		assertThat(cursorRow()).isEqualTo("article-" + third);
		assertPageNotReloaded();

		assertThat(status(first)).isEqualTo("TRIAGED");
		assertThat(status(second)).isEqualTo("TRIAGED");
		assertThat(status(third)).isEqualTo("NEW");
		assertThat(jdbc.sql("select before || '>' || after || ':' || corrected_by from app.triage_correction where article_id = ?")
			.param(first).query(String.class).list()).containsExactly("NEUTRAL>NEGATIVE:ui-tiepnhan");

		// o opens the reader of the current article, its case form pre-selecting the classifier's suggested agency
		String agencyCode = "ui-xa-" + System.nanoTime();
		long agencyId = jdbc.sql("insert into app.agency (code, name, kind, email) values (?, ?, 'COMMUNE', null) returning id")
			.params(agencyCode, "UBND xã Thử Trình Duyệt " + agencyCode).query(Long.class).single();
		accounts.createIfAbsent("ui-dau-moi-xa", PASSWORD, "Đầu mối xã", Set.of(Role.AGENCY), agencyCode);
		jdbc.sql("""
				insert into app.classification (article_id, profile_code, relevant, relevance_score, tone, topic,
				    needs_response, reasons, model_version, title, url, outlet_name, agencies)
				select article_id, 'LDO', true, 0.9, 'NEGATIVE', 'LOCAL_NEWS', true, '', 'test', title, url, outlet_name, ?
				from app.inbox_item where article_id = ?""").params(agencyCode, third).update();
		keys("o");
		wait(ExpectedConditions.urlContains("/tiep-nhan/bai/" + third));
		assertThat(new Select(browser.findElement(By.id("agencyIds"))).getAllSelectedOptions())
			.extracting(option -> option.getAttribute("value")).containsExactly(String.valueOf(agencyId));
		browser.findElement(By.cssSelector("#open-case button[type=submit]")).click();
		wait(ExpectedConditions.urlMatches("/ho-so/\\d+$"));

		// the agency's contact, signed in in the same browser, finds the request in its task list
		browser.findElement(By.xpath("//button[normalize-space()='Đăng xuất']")).click();
		wait(ExpectedConditions.urlContains("/login"));
		BrowserSupport.signIn(browser, "http://localhost:" + port + "/viec-can-xu-ly", "ui-dau-moi-xa", PASSWORD);
		wait(ExpectedConditions.titleContains("Việc cần xử lý"));
		assertThat(browser.findElements(By.cssSelector(".list-group-item strong"))).extracting(WebElement::getText)
			.contains("Đà Lạt mở thêm tuyến xe buýt");
	}

	private long article(long outletId, String outlet, String title, int minutesAfter) {
		long id = jdbc.sql("""
				insert into app.article (outlet_id, url, title, lead, body, published_at, content_hash, extraction_method)
				values (?, ?, ?, '', 'Nội dung.', now() - interval '1 hour' + ? * interval '1 minute', md5(?), 'test')
				returning id""")
			.params(outletId, "https://banphim.test/" + System.nanoTime(), title, minutesAfter, title)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into app.inbox_item (article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic,
				                            needs_response, places, reasons, search_text, story_key)
				select id, title, lead, url, ?, published_at, true, 'NEUTRAL', 'LOCAL_NEWS', false, 'Lâm Đồng', 'thử', body, md5(title)
				from app.article where id = ?""")
			.params(outlet, id)
			.update();
		return id;
	}

	private String status(long id) {
		return jdbc.sql("select status from app.inbox_item where article_id = ?").param(id).query(String.class).single();
	}

	private String cursorRow() {
		return browser.findElement(By.cssSelector("#inbox tr.cursor")).getAttribute("id");
	}

	private List<WebElement> rows() {
		return browser.findElements(By.cssSelector("#inbox tbody tr.story-row"));
	}

	private void keys(String... keys) {
		for (String key : keys) {
			new Actions(browser).sendKeys(key).perform();
		}
	}

	/** A marker on the window that a full page load would wipe. */
	private void markPage() {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.triageMarker = 'still here';");
	}

	private void assertPageNotReloaded() {
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.triageMarker;"))
			.isEqualTo("still here");
	}

	private void wait(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}
}
