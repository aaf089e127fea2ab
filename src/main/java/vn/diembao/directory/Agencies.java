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

	/**
	 * The agency that answers today for this one: itself while active, otherwise the end of its chain of successors
	 * (a huyện merged into a commune that was later merged again). Empty when an inactive agency has no successor.
	 */
	public Optional<AgencyRef> successorOf(long id) {
		long current = id;
		for (int step = 0; step < 20; step++) {
			record Link(boolean active, Long successorId) {
			}
			Optional<Link> link = jdbc.sql("select active, successor_id from app.agency where id = ?")
				.param(current)
				.query(Link.class)
				.optional();
			if (link.isEmpty()) {
				return Optional.empty();
			}
			if (link.get().active() || link.get().successorId() == null) {
				return link.get().active() ? byId(current) : Optional.empty();
			}
			current = link.get().successorId();
		}
		throw new IllegalStateException("Chuỗi cơ quan kế thừa của " + id + " quá dài hoặc lặp vòng");
	}

	/** Every contact address of an agency: the one requests go to first, then the others the administrator listed. */
	public List<String> emailsOf(long id) {
		record Contacts(String email, String otherEmails) {
		}
		return jdbc.sql("select email, other_emails from app.agency where id = ?")
			.param(id)
			.query(Contacts.class)
			.optional()
			.map(c -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(c.email()), Emails.split(c.otherEmails()).stream())
				.filter(Emails::isValid)
				.distinct()
				.toList())
			.orElse(List.of());
	}

	public List<AgencyRef> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where id in (:ids) order by name").param("ids", ids).query(AgencyRef.class).list();
	}
}
