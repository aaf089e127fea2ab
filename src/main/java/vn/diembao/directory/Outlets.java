package vn.diembao.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Outlets {

	private final JdbcClient jdbc;

	Outlets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OutletRef> byId(long id) {
		return jdbc.sql("select id, name, domain from app.outlet where id = ?").param(id).query(OutletRef.class).optional();
	}

	public List<OutletRef> all() {
		return jdbc.sql("select id, name, domain from app.outlet order by name").query(OutletRef.class).list();
	}

	/** The names of the province's own outlets (its newspaper, radio and TV): reports count only outlets outside it. */
	public java.util.Set<String> inProvinceNames() {
		return new java.util.HashSet<>(jdbc.sql("select name from app.outlet where in_province").query(String.class).list());
	}

	/** Registers an outlet by its domain, keeping an existing entry's name. */
	@Transactional
	public OutletRef register(String name, String domain, String type) {
		return jdbc.sql("""
				insert into app.outlet (name, domain, type) values (?, ?, ?)
				on conflict (domain) do update set domain = excluded.domain
				returning id, name, domain""")
			.params(name, domain, type)
			.query(OutletRef.class)
			.single();
	}
}
