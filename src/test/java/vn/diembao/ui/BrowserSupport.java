package vn.diembao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's headless Chromium through chromedriver, started as this machine's closed network requires. */
final class BrowserSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private BrowserSupport() {
	}

	static WebDriver start() throws IOException {
		return start("1280,2000");
	}

	/** With a window of {@code width,height} pixels, e.g. a phone's 390,844. */
	static WebDriver start(String windowSize) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver): skipping");
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--lang=vi", "--window-size=" + windowSize, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort().build();
		return new ChromeDriver(service, options);
	}

	/** Opens a page that needs signing in and signs in on the login page it leads to. */
	static void signIn(WebDriver browser, String url, String username, String password) {
		browser.get(url);
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}
}
