package vn.diembao.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
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
			AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(List.of("camunda-admin"));
			return result;
		}
	}
}
