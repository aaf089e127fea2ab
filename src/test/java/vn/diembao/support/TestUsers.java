package vn.diembao.support;

import java.util.Set;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Test users with the real principal type; idempotent, so test classes sharing a context can all call it. */
public final class TestUsers {

	public static final String PASSWORD = "mat-khau-thu-nghiem";

	private TestUsers() {
	}

	public static RequestPostProcessor as(UserAccounts accounts, String username, Role role, String agencyCode) {
		accounts.createIfAbsent(username, PASSWORD, "Người dùng thử " + username, Set.of(role), agencyCode);
		UserDetails details = accounts.loadUserByUsername(username);
		return user(details);
	}

	public static RequestPostProcessor officer(UserAccounts accounts) {
		return as(accounts, "test-canbo", Role.OFFICER, null);
	}

	public static RequestPostProcessor leader(UserAccounts accounts) {
		return as(accounts, "test-lanhdao", Role.LEADER, null);
	}

	public static RequestPostProcessor agency(UserAccounts accounts, String agencyCode) {
		return as(accounts, "test-" + agencyCode, Role.AGENCY, agencyCode);
	}
}
