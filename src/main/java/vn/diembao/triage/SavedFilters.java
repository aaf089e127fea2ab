package vn.diembao.triage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Each officer's named inbox views (“Tiêu cực tuần này”), kept as the inbox's query string. */
@Service
class SavedFilters {

	record SavedFilter(long id, String name, String query) {
	}

	private final JdbcClient jdbc;

	SavedFilters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SavedFilter> of(String username) {
		return jdbc.sql("select id, name, query from app.triage_saved_filter where username = ? order by name")
			.param(username)
			.query(SavedFilter.class)
			.list();
	}

	/** Saving under an existing name replaces that view. */
	void save(String username, String name, String query) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Hãy đặt tên cho bộ lọc");
		}
		// what InboxFilter.queryString() writes: encoded parameters only, so a saved link stays on the inbox
		if (!query.matches("[A-Za-z0-9%._~=&+-]*")) {
			throw new IllegalArgumentException("Bộ lọc không hợp lệ");
		}
		jdbc.sql("""
				insert into app.triage_saved_filter (username, name, query) values (?, ?, ?)
				on conflict (username, name) do update set query = excluded.query, created_at = now()""")
			.params(username, name.strip(), query)
			.update();
	}

	void delete(String username, long id) {
		jdbc.sql("delete from app.triage_saved_filter where id = ? and username = ?").params(id, username).update();
	}
}
