package vn.diembao.shared.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's webapps (Cockpit, Tasklist, Admin) trust our login instead of keeping a second user store: an ADMIN
 * signed in to Điểm báo enters them as a Camunda administrator.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappAuthentication {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(Integer.MAX_VALUE - 10); // after Spring Security's filter chain
		return registration;
	}

	public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
				return AuthenticationResult.unsuccessful();
			}
			boolean admin = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
			if (!admin) {
				return AuthenticationResult.unsuccessful();
			}
			mirrorInCamunda(engine.getIdentityService(), authentication.getName());
			AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
			return result;
		}

		/** The webapps look the user up in Camunda's identity store; keep a passwordless mirror of our admin there. */
		private static synchronized void mirrorInCamunda(IdentityService identity, String username) {
			if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
				Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
				group.setName("Camunda administrators");
				group.setType(Groups.GROUP_TYPE_SYSTEM);
				identity.saveGroup(group);
			}
			if (identity.createUserQuery().userId(username).count() == 0) {
				User user = identity.newUser(username);
				user.setPassword(UUID.randomUUID() + UUID.randomUUID().toString()); // never used: login is ours
				identity.saveUser(user);
			}
			if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
				identity.createMembership(username, Groups.CAMUNDA_ADMIN);
			}
		}
	}
}
