package vn.diembao.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the system, stored in our database with BCrypt password hashes. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final Agencies agencies;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Agencies agencies) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.agencies = agencies;
	}

	/** Creates a user unless one with this username exists; returns whether it was created. */
	@Transactional
	public boolean createIfAbsent(String username, String rawPassword, String fullName, Set<Role> roles,
			String agencyCode) {
		if (roles.contains(Role.AGENCY) && agencyCode == null) {
			throw new IllegalArgumentException("Người dùng cơ quan phải gắn với một cơ quan");
		}
		Long agencyId = agencyCode == null ? null
				: agencies.byCode(agencyCode)
					.orElseThrow(() -> new IllegalArgumentException("Không có cơ quan " + agencyCode))
					.id();
		Optional<Long> id = jdbc.sql("""
				insert into app.app_user (username, password_hash, full_name, agency_id) values (?, ?, ?, ?)
				on conflict (username) do nothing returning id""")
			.params(username, passwordEncoder.encode(rawPassword), fullName, agencyId)
			.query(Long.class)
			.optional();
		id.ifPresent(userId -> roles.forEach(role -> jdbc.sql("insert into app.user_role (user_id, role) values (?, ?)")
			.params(userId, role.name())
			.update()));
		return id.isPresent();
	}

	public void setEmail(String username, String email) {
		jdbc.sql("update app.app_user set email = ? where username = ?").params(email, username).update();
	}

	/** E-mail addresses of the enabled users holding a role. */
	public java.util.List<String> emailsOf(Role role) {
		return jdbc.sql("""
				select u.email from app.app_user u join app.user_role r on r.user_id = u.id
				where r.role = ? and u.enabled and u.email is not null and u.email <> '' order by u.email""")
			.param(role.name())
			.query(String.class)
			.list();
	}

	public boolean anyWithRole(Role role) {
		return jdbc.sql("""
				select exists (select 1 from app.user_role r join app.app_user u on u.id = r.user_id
				               where r.role = ? and u.enabled)""")
			.param(role.name())
			.query(Boolean.class)
			.single();
	}

	/** The user as modules see it, for work done on a user's behalf outside a request (demo data, imports). */
	public CurrentUser currentUser(String username) {
		return ((AppUserDetails) loadUserByUsername(username)).user();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select u.id, u.username, u.full_name, u.password_hash, u.enabled, u.agency_id,
				       coalesce(string_agg(r.role, ','), '') as roles
				from app.app_user u left join app.user_role r on r.user_id = u.id
				where u.username = ? group by u.id""")
			.param(username)
			.query(this::toDetails)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	private AppUserDetails toDetails(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",")) {
			if (!role.isBlank()) {
				roles.add(Role.valueOf(role));
			}
		}
		long agencyId = rs.getLong("agency_id");
		AgencyRef agency = rs.wasNull() ? null : agencies.byId(agencyId).orElse(null);
		var user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), roles, agency);
		return new AppUserDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
	}

	@EventListener
	void recordLogin(AuthenticationSuccessEvent event) {
		jdbc.sql("update app.app_user set last_login_at = now() where username = ?")
			.param(event.getAuthentication().getName())
			.update();
	}
}
