package vn.diembao.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Agencies {

	private static final String SELECT = "select id, code, name, email from app.agency ";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AgencyRef> active() {
		return jdbc.sql(SELECT + "where active order by kind, name").query(AgencyRef.class).list();
	}

	public Optional<AgencyRef> byId(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(AgencyRef.class).optional();
	}

	public Optional<AgencyRef> byCode(String code) {
		return jdbc.sql(SELECT + "where code = ?").param(code).query(AgencyRef.class).optional();
	}

	public List<AgencyRef> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where id in (:ids) order by name").param("ids", ids).query(AgencyRef.class).list();
	}
}
