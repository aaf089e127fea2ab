package vn.diembao.shared.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;
import vn.diembao.support.TestUsers;
import vn.diembao.directory.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail as a hash chain: intact under concurrent writers, broken at the exact row someone changes. */
@DiembaoTest
class AuditChainTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void concurrentWritersProduceOneUnbrokenChain() throws Exception {
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int writer = 0; writer < 4; writer++) {
			int w = writer;
			done.add(writers.submit(() -> {
				for (int i = 0; i < 25; i++) {
					audit.record("writer-" + w, "TEST_EVENT", "TEST", w * 100 + i, "Sự kiện thử số " + i);
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		writers.shutdown();
		assertThat(audit.firstBrokenLink()).isEmpty();
		Long gaps = jdbc.sql("select max(chain_seq) - count(*) from app.audit_event").query(Long.class).single();
		assertThat(gaps).isZero();
	}

	@Test
	void theTableRefusesChangesAndAChangeBehindItsBackIsFound() {
		audit.record("canbo", "CASE_NOTE", "CASE", 424242, "Nội dung gốc");
		long seq = jdbc.sql("select max(chain_seq) from app.audit_event where subject_id = '424242'").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update app.audit_event set detail = 'sửa' where chain_seq = ?").param(seq).update())
			.hasMessageContaining("append-only");

		// someone with the database owner's rights switches the guard off and edits the row
		tamper(seq, "Nội dung đã bị sửa");
		try {
			assertThat(audit.firstBrokenLink()).contains(seq);
		}
		finally {
			tamper(seq, "Nội dung gốc");
		}
		assertThat(audit.firstBrokenLink()).isEmpty();
	}

	@Test
	void administratorsSeeTheChainStatusAndExportIt() throws Exception {
		audit.record("canbo", "CASE_OPENED", "CASE", 515151, "=HYPERLINK(\"http://x\")");
		var admin = TestUsers.as(accounts, "audit-admin", Role.ADMIN, null);
		mvc.perform(get("/quan-tri/nhat-ky").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuỗi băm toàn vẹn")));
		mvc.perform(get("/quan-tri/nhat-ky").with(TestUsers.officer(accounts))).andExpect(status().isForbidden());

		StringWriter csv = new StringWriter();
		audit.exportCsv(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(1, ChronoUnit.HOURS), csv);
		List<String> lines = csv.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("seq,occurred_at,actor,action,subject_type,subject_id,detail,prev_hash,hash");
		String row = lines.stream().filter(l -> l.contains("515151")).findFirst().orElseThrow();
		// a formula in the detail is defused for spreadsheets; the hash is 64 hex digits
		assertThat(row).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").matches(".*,[0-9a-f]{64}$");
		mvc.perform(get("/quan-tri/nhat-ky/xuat").param("tu", "2020-01-01").param("den", "2099-12-31").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("515151")));
	}

	private void tamper(long seq, String detail) {
		jdbc.sql("alter table app.audit_event disable trigger audit_event_no_change").update();
		try {
			jdbc.sql("update app.audit_event set detail = ? where chain_seq = ?").params(detail, seq).update();
		}
		finally {
			jdbc.sql("alter table app.audit_event enable trigger audit_event_no_change").update();
		}
	}
}
