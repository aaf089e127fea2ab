package vn.diembao.shared.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only audit trail of case, verdict and bulletin actions (the table refuses updates and deletes). */
@Component
public class AuditLog {

	public record Entry(Instant occurredAt, String actor, String action, String detail) {
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
				where subject_type = ? and subject_id = ? order by occurred_at, id""")
			.params(subjectType, String.valueOf(subjectId))
			.query(Entry.class)
			.list();
	}
}
