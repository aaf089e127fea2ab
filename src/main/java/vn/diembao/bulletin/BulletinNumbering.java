package vn.diembao.bulletin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * “Số NN” per kind and year. The counter row is incremented by an upsert, which holds its row lock until the
 * publishing transaction ends: concurrent publications of one kind queue there, and a publication that rolls back
 * gives its number back, so numbers have neither duplicates nor gaps.
 */
@Component
class BulletinNumbering {

	private final JdbcClient jdbc;

	BulletinNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside the publishing transaction (never on its own, or a failed publication would leave a gap). */
	@Transactional(propagation = Propagation.MANDATORY)
	int next(BulletinKind kind, int year) {
		return jdbc.sql("""
				insert into app.bulletin_counter (kind, number_year, last_number) values (?, ?, 1)
				on conflict (kind, number_year) do update set last_number = app.bulletin_counter.last_number + 1
				returning last_number""")
			.params(kind.name(), year)
			.query(Integer.class)
			.single();
	}
}
