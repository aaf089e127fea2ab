package vn.diembao.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.springframework.security.core.Authentication;

import vn.diembao.directory.AppPrincipal;
import vn.diembao.directory.CurrentUser;

/**
 * In-app notifications of a user: their own, their agency's and their roles'. Agency and role notifications form a
 * shared inbox — one colleague marking them read marks them for the team, as with a shared mailbox.
 */
@Service("notifications")
public class Notifications {

	public record Notification(long id, String message, String link, Instant createdAt, Instant readAt) {
	}

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** For the navigation bar of every page ({@code @notifications.unreadFor(#authentication)}); null when signed out. */
	public Long unreadFor(Authentication authentication) {
		return AppPrincipal.isSignedIn(authentication) ? unread(CurrentUser.of(authentication)) : null;
	}

	/** A notification for everyone holding {@code role} (a shared inbox, as for an agency); {@code link} may be null. */
	@Transactional
	public void toRole(vn.diembao.directory.Role role, String message, String link) {
		jdbc.sql("insert into app.notification (recipient, message, link) values (?, ?, ?)")
			.params("role:" + role.name(), message, link)
			.update();
	}

	public long unread(CurrentUser user) {
		return jdbc.sql("select count(*) from app.notification where recipient in (:to) and read_at is null")
			.param("to", recipients(user))
			.query(Long.class)
			.single();
	}

	public List<Notification> latest(CurrentUser user) {
		return jdbc.sql("""
				select id, message, link, created_at, read_at from app.notification where recipient in (:to)
				order by created_at desc, id desc limit 100""")
			.param("to", recipients(user))
			.query(Notification.class)
			.list();
	}

	@Transactional
	public void markAllRead(CurrentUser user) {
		jdbc.sql("update app.notification set read_at = now() where recipient in (:to) and read_at is null")
			.param("to", recipients(user))
			.update();
	}

	private static List<String> recipients(CurrentUser user) {
		List<String> recipients = new ArrayList<>(List.of(user.username()));
		if (user.agency() != null) {
			recipients.add("agency:" + user.agency().code());
		}
		user.roles().forEach(role -> recipients.add("role:" + role.name()));
		return recipients;
	}
}
