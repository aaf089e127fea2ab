package vn.diembao.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.audit.AuditLog;
import vn.diembao.shared.security.PasswordPolicy;

/**
 * “Người dùng”: accounts, roles and the agency an AGENCY user answers for. The system never loses its last enabled
 * administrator — neither by disabling nor by taking the role away.
 */
@Service
class UserAdministration {

	static final String AUDIT_SUBJECT = "USER";

	/** One row of the user list. */
	record UserRow(long id, String username, String fullName, String email, Long agencyId, String agencyName,
			boolean enabled, Instant lastLoginAt, Instant createdAt, Set<Role> roles) {

		public String rolesText() {
			return roles.stream().map(Role::name).collect(Collectors.joining(", "));
		}
	}

	/** What an administrator enters; the password only when creating an account. */
	record UserForm(String username, String fullName, String email, Set<Role> roles, Long agencyId, String password) {
	}

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final Agencies agencies;
	private final AuditLog audit;

	UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.agencies = agencies;
		this.audit = audit;
	}

	List<UserRow> all() {
		return jdbc.sql(SELECT + " group by u.id, a.name order by u.enabled desc, u.username").query(this::row).list();
	}

	Optional<UserRow> byId(long id) {
		return jdbc.sql(SELECT + " where u.id = ? group by u.id, a.name").param(id).query(this::row).optional();
	}

	@Transactional
	long create(UserForm form, String admin) {
		validate(form, true);
		long id = jdbc.sql("""
				insert into app.app_user (username, password_hash, full_name, email, agency_id) values (?, ?, ?, ?, ?)
				returning id""")
			.params(form.username().trim(), encoder.encode(form.password()), form.fullName().trim(),
					Emails.blankToNull(form.email()), agencyIdOf(form))
			.query(Long.class)
			.single();
		writeRoles(id, form.roles());
		audit.record(admin, "Tạo người dùng", AUDIT_SUBJECT, id, form.username().trim() + " (" + rolesText(form.roles()) + ")");
		return id;
	}

	@Transactional
	void update(long id, UserForm form, String admin) {
		UserRow before = byId(id).orElseThrow(() -> new RecordNotFoundException("Không có người dùng " + id));
		validate(new UserForm(before.username(), form.fullName(), form.email(), form.roles(), form.agencyId(), null), false);
		if (before.roles().contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
			guardLastAdmin(id, "Không thể bỏ vai trò quản trị của quản trị viên cuối cùng.");
		}
		jdbc.sql("update app.app_user set full_name = ?, email = ?, agency_id = ? where id = ?")
			.params(form.fullName().trim(), Emails.blankToNull(form.email()), agencyIdOf(form), id)
			.update();
		jdbc.sql("delete from app.user_role where user_id = ?").param(id).update();
		writeRoles(id, form.roles());
		audit.record(admin, "Sửa người dùng", AUDIT_SUBJECT, id,
				before.username() + ": vai trò " + rolesText(form.roles()) + (form.agencyId() == null ? ""
						: ", cơ quan " + agencies.byId(form.agencyId()).map(AgencyRef::name).orElse("?")));
	}

	@Transactional
	void setEnabled(long id, boolean enabled, String admin) {
		UserRow user = byId(id).orElseThrow(() -> new RecordNotFoundException("Không có người dùng " + id));
		if (!enabled && user.roles().contains(Role.ADMIN)) {
			guardLastAdmin(id, "Không thể khóa quản trị viên cuối cùng: hãy tạo hoặc mở khóa một quản trị viên khác trước.");
		}
		jdbc.sql("update app.app_user set enabled = ? where id = ?").params(enabled, id).update();
		audit.record(admin, enabled ? "Mở khóa người dùng" : "Khóa người dùng", AUDIT_SUBJECT, id, user.username());
	}

	/**
	 * Refuses when no other enabled administrator would remain. The other administrators' rows are locked so two
	 * administrators disabling each other at the same moment cannot both succeed.
	 */
	private void guardLastAdmin(long userId, String message) {
		List<Long> others = jdbc.sql("""
				select u.id from app.app_user u join app.user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and u.id <> ? for update of u""")
			.param(userId)
			.query(Long.class)
			.list();
		if (others.isEmpty()) {
			throw new IllegalArgumentException(message);
		}
	}

	private void validate(UserForm form, boolean creating) {
		var check = new InvalidInput.Check();
		if (creating) {
			check.require("username", form.username(), "Hãy nhập tên đăng nhập.");
			if (form.username() != null && !form.username().isBlank()) {
				check.that(form.username().trim().matches("[a-zA-Z0-9._@-]{3,64}"), "username",
						"Tên đăng nhập chỉ gồm chữ không dấu, số và . _ @ - (3–64 ký tự).");
				check.that(!exists(form.username().trim()), "username", "Tên đăng nhập “" + form.username().trim() + "” đã có.");
			}
			PasswordPolicy.problem(form.username(), form.password()).ifPresent(problem -> check.that(false, "password", problem));
		}
		check.require("fullName", form.fullName(), "Hãy nhập họ và tên.");
		check.email("email", form.email());
		check.that(form.roles() != null && !form.roles().isEmpty(), "roles", "Hãy chọn ít nhất một vai trò.");
		if (form.roles() != null && form.roles().contains(Role.AGENCY)) {
			check.that(form.agencyId() != null, "agencyId", "Người dùng cơ quan phải gắn với một cơ quan.");
			if (form.agencyId() != null) {
				check.that(agencies.active().stream().anyMatch(a -> a.id() == form.agencyId()), "agencyId",
						"Cơ quan đã chọn không còn hoạt động.");
			}
		}
		check.throwIfAny();
	}

	private boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from app.app_user where lower(username) = lower(?))")
			.param(username)
			.query(Boolean.class)
			.single();
	}

	private static Long agencyIdOf(UserForm form) {
		return form.roles().contains(Role.AGENCY) ? form.agencyId() : null;
	}

	private void writeRoles(long id, Set<Role> roles) {
		roles.forEach(role -> jdbc.sql("insert into app.user_role (user_id, role) values (?, ?)").params(id, role.name()).update());
	}

	private static String rolesText(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
	}

	private static final String SELECT = """
			select u.id, u.username, u.full_name, u.email, u.agency_id, a.name as agency_name, u.enabled,
			       u.last_login_at, u.created_at, coalesce(string_agg(r.role, ','), '') as roles
			from app.app_user u left join app.user_role r on r.user_id = u.id left join app.agency a on a.id = u.agency_id""";

	private UserRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(roles::add);
		long agencyId = rs.getLong("agency_id");
		Long agency = rs.wasNull() ? null : agencyId;
		var lastLogin = rs.getTimestamp("last_login_at");
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
				agency, rs.getString("agency_name"), rs.getBoolean("enabled"), lastLogin == null ? null : lastLogin.toInstant(),
				rs.getTimestamp("created_at").toInstant(), roles);
	}
}
