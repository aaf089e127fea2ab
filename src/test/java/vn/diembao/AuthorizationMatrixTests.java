package vn.diembao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorisation matrix — every mapped endpoint called by every role — compared with docs/authz-matrix.md, so that a
 * change of who may open what is a reviewed change of that document. A cell is “✓” when the request gets past the
 * door (any answer but 401, 403 or the login page; a guessed id then gives 404) and “—” when it is refused. Run with
 * -Dauthz.update=true to rewrite the document after an intended change.
 */
@DiembaoTest
class AuthorizationMatrixTests {

	private static final Path DOCUMENT = Path.of("docs/authz-matrix.md");
	private static final String GUESSED_ID = "987654321";
	private static final List<String> COLUMNS = List.of("ẩn danh", "ADMIN", "OFFICER", "LEADER", "AGENCY", "FACTCHECK");
	/** Pages meant for the public and the login machinery: everything else needs a signed-in user. */
	private static final Set<String> PUBLIC = Set.of("GET /login", "GET /error", "GET /tin-gia", "GET /tin-gia/{id:\\d+}",
			"GET /tin-gia/anh/{fileId:\\d+}", "GET /tin-gia/bao-cao", "POST /tin-gia/bao-cao", "GET /tin-gia/rss",
			"GET /tin-gia/tra-cuu", "GET /actuator/health", "GET /actuator/health/**", "GET /actuator/info",
			"GET /dat-lai-mat-khau", "POST /dat-lai-mat-khau");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserAccounts accounts;

	@LocalServerPort
	int port;

	private final AtomicInteger clientAddress = new AtomicInteger(1);

	@Test
	void everyRoleReachesExactlyWhatTheDocumentSays() throws Exception {
		Map<String, RequestPostProcessor> users = users();
		Map<String, List<Boolean>> matrix = new TreeMap<>();
		List<String> serverErrors = new ArrayList<>();
		for (String endpoint : endpoints()) {
			List<Boolean> row = new ArrayList<>();
			for (String column : COLUMNS) {
				try {
					MvcResult result = call(endpoint, users.get(column));
					int status = result.getResponse().getStatus();
					// the error page called directly has no error to show
					if (status >= 500 && !endpoint.equals("GET /error") && !endpoint.equals("POST /error")) {
						serverErrors.add(column + " " + endpoint + " → " + status);
					}
					row.add(!refused(result));
				}
				catch (ServletException unhandled) {
					// MockMvc rethrows what the application left unhandled: a 500 page in production
					serverErrors.add(column + " " + endpoint + " → " + unhandled.getCause());
					row.add(true);
				}
			}
			matrix.put(endpoint, row);
		}
		for (String endpoint : List.of("GET /engine-rest/task", "GET /camunda/api/engine/engine/default/process-definition/count")) {
			List<Boolean> row = new ArrayList<>();
			for (String column : COLUMNS) {
				row.add(camunda(endpoint.substring(4), column));
			}
			matrix.put(endpoint, row);
		}

		String document = render(matrix);
		if (Boolean.getBoolean("authz.update")) {
			Files.writeString(DOCUMENT, document);
		}
		assertThat(serverErrors).as("endpoints that answer a guessed id or empty form with a server error").isEmpty();
		assertThat(matrix.keySet()).as("endpoints walked").hasSizeGreaterThan(40);
		matrix.forEach((endpoint, row) -> assertThat(row.get(0))
			.as("%s is open without signing in", endpoint).isEqualTo(PUBLIC.contains(endpoint)));
		matrix.forEach((endpoint, row) -> {
			if (endpoint.contains("/quan-tri") || endpoint.contains("/engine-rest") || endpoint.contains("/camunda/")
					|| endpoint.contains("/api/v1/admin") || endpoint.contains("/v3/") || endpoint.contains("swagger")) {
				assertThat(row).as("%s is for administrators only", endpoint).isEqualTo(List.of(false, true, false, false, false, false));
			}
		});
		Path written = Path.of("target/authz-matrix.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, document);
		assertThat(Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "")
			.as("docs/authz-matrix.md is out of date: review target/authz-matrix.md and copy it, or run with -Dauthz.update=true")
			.isEqualTo(document);
	}

	private Map<String, RequestPostProcessor> users() {
		Map<String, RequestPostProcessor> users = new LinkedHashMap<>();
		users.put("ẩn danh", request -> request);
		users.put("ADMIN", TestUsers.as(accounts, "matrix-admin", Role.ADMIN, null));
		users.put("OFFICER", TestUsers.as(accounts, "matrix-officer", Role.OFFICER, null));
		users.put("LEADER", TestUsers.as(accounts, "matrix-leader", Role.LEADER, null));
		users.put("AGENCY", TestUsers.as(accounts, "matrix-agency", Role.AGENCY, "so-xd"));
		users.put("FACTCHECK", TestUsers.as(accounts, "matrix-factcheck", Role.FACTCHECK, null));
		return users;
	}

	/** “GET /path” for every handler method, actuator endpoints included. */
	private Set<String> endpoints() {
		Set<String> endpoints = new java.util.TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
			mapping.getHandlerMethods().keySet().forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
						endpoints.add("GET " + pattern);
					}
					if (methods.contains(RequestMethod.POST)) {
						endpoints.add("POST " + pattern);
					}
				}
			}));
		return endpoints;
	}

	private MvcResult call(String endpoint, RequestPostProcessor user) throws Exception {
		String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]*}", GUESSED_ID).replace("/**", "/x");
		MockHttpServletRequestBuilder request = endpoint.startsWith("POST") ? post(path).with(csrf()) : get(path);
		// each call from its own address, so the public form's per-address limit never decides a cell
		request.with(r -> {
			r.setRemoteAddr("10.99." + clientAddress.get() / 250 + "." + clientAddress.getAndIncrement() % 250);
			return r;
		});
		return mvc.perform(request.with(user)).andReturn();
	}

	private static boolean refused(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || status == 302 && location != null && location.endsWith("/login");
	}

	private boolean camunda(String path, String column) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (!column.equals("ẩn danh")) {
			String credentials = "matrix-" + column.toLowerCase(java.util.Locale.ROOT) + ":" + TestUsers.PASSWORD;
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		int status = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		return status != 401 && status != 403 && status != 302;
	}

	private static String render(Map<String, List<Boolean>> matrix) {
		StringBuilder out = new StringBuilder("""
				# Ma trận phân quyền — authorisation matrix

				Generated by `AuthorizationMatrixTests`, which calls every mapped endpoint as every role and fails when the
				answers differ from this file (`mvn test -Dtest=AuthorizationMatrixTests -Dauthz.update=true` rewrites it
				after an intended change). ✓ = gets past the door (the page, or 404 for a guessed id; agency isolation and
				per-record checks happen behind it, see `AgencyIsolationTests`); — = refused (401/403 or sent to the login page).

				""");
		out.append("| endpoint | ").append(String.join(" | ", COLUMNS)).append(" |\n");
		out.append("|---|").append(COLUMNS.stream().map(c -> ":-:").collect(Collectors.joining("|"))).append("|\n");
		matrix.forEach((endpoint, row) -> out.append("| `").append(endpoint).append("` | ")
			.append(row.stream().map(open -> open ? "✓" : "—").collect(Collectors.joining(" | "))).append(" |\n"));
		return out.toString();
	}
}
