package vn.diembao.directory;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in user as modules see it. An AGENCY user is bound to exactly one agency, and every case query
 * made on their behalf is filtered by it.
 */
public record CurrentUser(long id, String username, String fullName, Set<Role> roles, AgencyRef agency)
		implements AuthenticatedPrincipal {

	public static CurrentUser of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AppUserDetails details) {
			return details.user();
		}
		throw new IllegalStateException("Không xác định được người dùng đăng nhập");
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** True when the user sees only their own agency's cases. */
	public boolean isAgencyOnly() {
		return has(Role.AGENCY) && !has(Role.OFFICER) && !has(Role.ADMIN) && !has(Role.LEADER);
	}

	@Override
	public String getName() {
		return username;
	}
}
