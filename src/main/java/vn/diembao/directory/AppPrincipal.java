package vn.diembao.directory;

import org.springframework.security.core.Authentication;

/** Whether an authentication is one of our signed-in users (not anonymous, not a bare test token). */
public final class AppPrincipal {

	private AppPrincipal() {
	}

	public static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof AppUserDetails;
	}
}
