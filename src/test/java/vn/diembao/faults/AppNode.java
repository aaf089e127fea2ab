package vn.diembao.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node as a separate JVM ({@code java -cp <test classpath> vn.diembao.DiembaoApplication}), so a
 * test can kill it with SIGKILL as a power cut would, and start it again on the same database. Its log goes to
 * target/fault-logs/NAME.log.
 */
final class AppNode implements AutoCloseable {

	static final String ADMIN = "admin";
	static final String ADMIN_PASSWORD = "Quan-tri-2026!";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final String name;
	private final int port;
	private final String jdbcUrl;
	private final Map<String, String> properties;
	private final List<String> jvmOptions;
	private Process process;
	private int starts;
	private Path log;

	AppNode(String name, int port, String jdbcUrl, Map<String, String> properties, String... jvmOptions) {
		this.name = name;
		this.port = port;
		this.jdbcUrl = jdbcUrl;
		this.properties = properties;
		this.jvmOptions = List.of(jvmOptions);
	}

	/** Starts the node and waits until it answers as ready; returns how long that took. */
	Duration start(Duration timeout) throws IOException, InterruptedException {
		long started = System.nanoTime();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// C1 only starts faster on two busy cores; benchmarks pass their own options
		command.addAll(jvmOptions.isEmpty() ? List.of("-Xmx768m", "-XX:TieredStopAtLevel=1") : jvmOptions);
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Dspring.datasource.url=" + jdbcUrl);
		command.add("-Dspring.datasource.username=postgres");
		command.add("-Dserver.port=" + port);
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-cp");
		command.add(applicationClasspath());
		command.add("vn.diembao.DiembaoApplication");
		Path logs = Path.of("target", "fault-logs");
		Files.createDirectories(logs);
		log = logs.resolve(name + "-" + (++starts) + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("DIEMBAO_ADMIN_USERNAME", ADMIN);
		builder.environment().put("DIEMBAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().remove("SPRING_DATASOURCE_URL");
		process = builder.start();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
			}
			try {
				if (get("/actuator/health/readiness", null).statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - started);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
	}

	/** The test JVM's class path without the test classes: the node runs the application as built. */
	private static String applicationClasspath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
	}

	/** SIGKILL: no shutdown hook, no graceful close of connections or executors. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** How many polls of a source this node made (its “Nguồn …” log lines) since its last start. */
	long polls() throws IOException {
		try (var lines = Files.lines(log)) {
			return lines.filter(line -> line.contains("SourcePoller") && line.contains(": Nguồn http")).count();
		}
	}

	long pid() {
		return process.pid();
	}

	int port() {
		return port;
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A form POST with HTTP Basic credentials (no session, so no CSRF token is needed). */
	HttpResponse<String> postForm(String path, String user, Map<String, List<String>> form)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((key, values) -> values.forEach(value -> body.append(body.isEmpty() ? "" : "&")
			.append(java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
			.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A person's browser: logged in through the login form, with the session cookie and the page's CSRF token. */
	Browser login(String user) throws IOException, InterruptedException {
		Browser browser = new Browser();
		HttpResponse<String> loggedIn = browser.signIn(user);
		if (loggedIn.statusCode() != 302 || loggedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + loggedIn.statusCode());
		}
		browser.csrf = csrfOf(browser.get("/ho-so/moi").body());
		return browser;
	}

	/** Where the login form sends a person who signs in now. */
	String loginRedirect(String user) throws IOException, InterruptedException {
		return new Browser().signIn(user).headers().firstValue("Location").orElse("");
	}

	private static String csrfOf(String html) {
		var matcher = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return matcher.group(1);
	}

	final class Browser {

		private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new java.net.CookieManager()).build();
		private String csrf;

		private HttpResponse<String> signIn(String user) throws IOException, InterruptedException {
			csrf = csrfOf(get("/login").body());
			String password = user.equals(ADMIN) ? ADMIN_PASSWORD : FaultFixtures.PASSWORD;
			return post("/login", Map.of("username", List.of(user), "password", List.of(password)));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> post(String path, Map<String, List<String>> form) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder("_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8));
			form.forEach((key, values) -> values.forEach(value -> body.append('&')
				.append(java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
				.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))));
			return client.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private static String basic(String user) {
		String password = user.equals(ADMIN) ? ADMIN_PASSWORD : FaultFixtures.PASSWORD;
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}
}
