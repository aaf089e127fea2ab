package vn.diembao.shared.audit;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diembao.shared.text.CsvRows;

/**
 * The append-only audit trail of case, verdict and bulletin actions. The table refuses updates and deletes, and each
 * event carries the hash of the previous one (V96), so {@link #firstBrokenLink()} finds any row changed behind its back.
 */
@Component
public class AuditLog {

	public record Entry(Instant occurredAt, String actor, String action, String detail) {
	}

	/** One event with its place in the hash chain, as exported. */
	public record ChainedEntry(long seq, Instant occurredAt, String actor, String action, String subjectType,
			String subjectId, String detail, String prevHash, String hash) {
	}

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
		jdbc.sql("insert into app.audit_event (actor, action, subject_type, subject_id, detail) values (?, ?, ?, ?, ?)")
			.params(actor, action, subjectType, String.valueOf(subjectId), detail)
			.update();
	}

	public List<Entry> history(String subjectType, Object subjectId) {
		return jdbc.sql("""
				select occurred_at, actor, action, detail from app.audit_event
				where subject_type = ? and subject_id = ? order by chain_seq""")
			.params(subjectType, String.valueOf(subjectId))
			.query(Entry.class)
			.list();
	}

	/** The latest events, newest first. */
	public List<ChainedEntry> latest(int limit) {
		return jdbc.sql(SELECT_CHAINED + " order by chain_seq desc limit ?").param(limit).query(ChainedEntry.class).list();
	}

	/**
	 * The sequence number of the first event whose content no longer matches its hash or whose link to its predecessor
	 * is broken; empty when the whole chain is intact.
	 */
	public Optional<Long> firstBrokenLink() {
		return jdbc.sql("""
				select chain_seq from (
				    select e.chain_seq, e.hash, e.prev_hash,
				           lag(e.hash) over (order by e.chain_seq) as actual_prev_hash,
				           coalesce(lag(e.chain_seq) over (order by e.chain_seq), 0) as prev_seq,
				           encode(sha256(convert_to(app.audit_event_canonical(e), 'UTF8')), 'hex') as recomputed
				    from app.audit_event e) chain
				where hash <> recomputed or prev_hash is distinct from actual_prev_hash or chain_seq <> prev_seq + 1
				order by chain_seq limit 1""")
			.query(Long.class)
			.optional();
	}

	/** Writes the events from “from” up to but excluding “to” as CSV, hashes included, so a copy kept elsewhere can prove the chain later. */
	public void exportCsv(Instant from, Instant to, Writer out) throws IOException {
		out.write("seq,occurred_at,actor,action,subject_type,subject_id,detail,prev_hash,hash\r\n");
		List<ChainedEntry> entries = jdbc.sql(SELECT_CHAINED + " where occurred_at >= ? and occurred_at < ? order by chain_seq")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(ChainedEntry.class)
			.list();
		for (ChainedEntry e : entries) {
			out.write(String.join(",", String.valueOf(e.seq()), e.occurredAt().toString(), csv(e.actor()), csv(e.action()),
					csv(e.subjectType()), csv(e.subjectId()), csv(e.detail()), csv(e.prevHash()), e.hash()));
			out.write("\r\n");
		}
	}

	private static final String SELECT_CHAINED = """
			select chain_seq as seq, occurred_at, actor, action, subject_type, subject_id, detail, prev_hash, hash
			from app.audit_event""";

	private static String csv(String value) {
		return value == null ? "" : CsvRows.quotedField(value);
	}
}
