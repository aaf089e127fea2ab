package vn.diembao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.casework.AgencyWork;
import vn.diembao.casework.OpenCaseCommand;
import vn.diembao.casework.PressCases;
import vn.diembao.casework.Severity;
import vn.diembao.directory.CurrentUser;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 6's load: 10,000 open cases over 80 agencies. Measures starting 1,000 cases, then the agency task list and
 * the officer overview (service call and full HTTP page). Run with {@code mvn -Pbench verify}; size with
 * {@code -Dbench.cases=…}.
 */
@Tag("bench")
@DiembaoTest
class CaseworkBenchmark {

	private static final int AGENCIES = 80;

	@Autowired
	PressCases cases;

	@Autowired
	AgencyWork agencyWork;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void tenThousandOpenCasesOverEightyAgencies() throws Exception {
		int total = Integer.getInteger("bench.cases", 10_000);
		List<Long> agencyIds = new ArrayList<>();
		List<String> agencyUsers = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			String code = "bench-" + i;
			agencyIds.add(jdbc.sql("insert into app.agency (code, name, kind, email) values (?, ?, 'COMMUNE', null) returning id")
				.params(code, "UBND xã thử tải " + i).query(Long.class).single());
			accounts.createIfAbsent("bench-user-" + i, "mat-khau-bench", "Đầu mối " + i, Set.of(Role.AGENCY), code);
			agencyUsers.add("bench-user-" + i);
		}
		accounts.createIfAbsent("bench-canbo", "mat-khau-bench", "Cán bộ", Set.of(Role.OFFICER, Role.LEADER), null);
		CurrentUser officer = accounts.currentUser("bench-canbo");

		long start = System.nanoTime();
		for (int i = 0; i < 1_000; i++) {
			open(officer, agencyIds, i);
		}
		double firstThousandSeconds = (System.nanoTime() - start) / 1e9;
		for (int i = 1_000; i < total; i++) {
			open(officer, agencyIds, i);
		}

		// signed-in users are loaded once, as a session would hold them
		List<UserDetails> agencyPrincipals = agencyUsers.stream().map(accounts::loadUserByUsername).toList();
		UserDetails officerPrincipal = accounts.loadUserByUsername("bench-canbo");
		long[] taskList = measure(200, () -> agencyWork.tasksFor(CurrentUser.of(authentication(random(agencyPrincipals)))));
		long[] taskPage = measure(100, () -> mvc.perform(get("/viec-can-xu-ly").with(user(random(agencyPrincipals)))).andReturn());
		long[] overview = measure(100, () -> {
			cases.agencyLoads();
			cases.overdue();
		});
		long[] overviewPage = measure(50, () -> mvc.perform(get("/ho-so/qua-han").with(user(officerPrincipal))).andReturn());
		long[] caseList = measure(50, () -> mvc.perform(get("/ho-so").with(user(officerPrincipal))).andReturn());

		String report = String.join("\n",
				"Casework benchmark: " + total + " open cases, " + AGENCIES + " agencies (2-core machine, PostgreSQL)",
				String.format("start 1,000 cases: %.1f s (target < 60 s)", firstThousandSeconds),
				line("agency task list, service", taskList), line("agency task list, HTTP page", taskPage),
				line("officer overview, service", overview), line("officer overview, HTTP page", overviewPage),
				line("case list, HTTP page", caseList));
		System.out.println(report);
		Files.writeString(Path.of("target", "bench-casework.txt"), report + "\n");
	}

	private void open(CurrentUser officer, List<Long> agencyIds, int i) {
		long agency = agencyIds.get(i % agencyIds.size());
		cases.open(new OpenCaseCommand(null, "Tin bài thử tải số " + i, "https://bao.example.vn/tai/" + i, "Báo thử tải",
				"Nội dung cần xác minh số " + i, List.of(agency), Severity.NORMAL), officer);
	}

	private interface Action {
		void run() throws Exception;
	}

	private static long[] measure(int times, Action action) throws Exception {
		for (int i = 0; i < 5; i++) {
			action.run(); // warm-up
		}
		long[] millis = new long[times];
		for (int i = 0; i < times; i++) {
			long t = System.nanoTime();
			action.run();
			millis[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static String line(String what, long[] sortedMillis) {
		long p50 = sortedMillis[sortedMillis.length / 2];
		long p95 = sortedMillis[(int) Math.ceil(sortedMillis.length * 0.95) - 1];
		return String.format("%s: p50 %d ms, p95 %d ms (target p95 ≤ 300 ms)%s", what, p50, p95, p95 <= 300 ? "" : "  ← over target");
	}

	private static UsernamePasswordAuthenticationToken authentication(UserDetails details) {
		return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
	}

	private static <T> T random(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}
}
