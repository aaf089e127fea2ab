package vn.diembao.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API behind roles (design §9). Agency isolation is enforced again inside the modules' queries;
 * this is only the outer wall.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthentication(passwords, throttle);
	}

	/** Camunda's webapps and REST API: administrators only; the webapps bring their own CSRF and CSP headers. */
	@Bean
	@Order(1)
	SecurityFilterChain camundaSecurityFilterChain(HttpSecurity http) throws Exception {
		// Camunda REST and the webapps are servlets of their own, outside Spring MVC: match on the whole path
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher camunda = new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**"));
		http.securityMatcher(camunda)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
			.formLogin(form -> form.loginPage("/login"))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers(camunda));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico").permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
			// the desk's steps: the fact-check team screens and proposes, a leader approves (checked again in FakeNewsDesk)
			.requestMatchers(HttpMethod.POST, "/tin-gia/quan-ly/*/phe-duyet").hasRole("LEADER")
			.requestMatchers(HttpMethod.POST, "/tin-gia/quan-ly/*/sang-loc", "/tin-gia/quan-ly/*/de-xuat",
					"/tin-gia/quan-ly/*/cong-an").hasRole("FACTCHECK")
			.requestMatchers("/tin-gia/quan-ly/**").hasAnyRole("FACTCHECK", "LEADER", "ADMIN")
			.requestMatchers("/tin-gia", "/tin-gia/*", "/tin-gia/anh/*").permitAll()
			.requestMatchers("/dat-lai-mat-khau").permitAll()
			.requestMatchers("/actuator/**", "/quan-tri/**").hasRole("ADMIN")
			.requestMatchers("/api/v1/admin/**", "/v3/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("ADMIN")
			.requestMatchers("/tra-cuu-phong-vien/**").hasAnyRole("AGENCY", "OFFICER", "LEADER", "ADMIN")
			.requestMatchers("/nguon/**", "/api/v1/sources/**").hasAnyRole("ADMIN", "OFFICER")
			.requestMatchers(HttpMethod.POST, "/trang-tin/**").hasAnyRole("OFFICER", "ADMIN")
			.requestMatchers("/trang-tin/**").hasAnyRole("OFFICER", "LEADER", "ADMIN")
			.requestMatchers("/tiep-nhan/**", "/api/v1/inbox/**").hasRole("OFFICER")
			.requestMatchers("/api/v1/classify/**").hasAnyRole("OFFICER", "ADMIN")
			.requestMatchers("/viec-can-xu-ly/**", "/api/v1/tasks/**").hasRole("AGENCY")
			.requestMatchers(HttpMethod.POST, "/ho-so/**").hasRole("OFFICER")
			.requestMatchers("/ho-so/moi", "/ho-so/qua-han").hasAnyRole("OFFICER", "LEADER", "ADMIN")
			.requestMatchers("/ho-so/**", "/api/v1/cases/**").hasAnyRole("OFFICER", "LEADER", "AGENCY", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/diem-bao/*/duyet", "/diem-bao/*/tra-lai").hasRole("LEADER")
			.requestMatchers(HttpMethod.POST, "/diem-bao/**").hasRole("OFFICER")
			.requestMatchers("/diem-bao/**", "/api/v1/bulletins/**").hasAnyRole("OFFICER", "LEADER", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/bao-cao/**").hasAnyRole("OFFICER", "ADMIN")
			.requestMatchers("/bao-cao/**", "/tong-quan/**").hasAnyRole("OFFICER", "LEADER", "ADMIN")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailures()).permitAll())
			// people are sent to the login page; API clients get 401 with a Basic challenge
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(apiEntryPoint(), SecurityConfiguration::isApiRequest)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
			// API clients that send credentials in a header cannot be driven cross-site; cookie sessions need the token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(headerAuthenticated()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'self'; form-action 'self'; object-src 'none'"))
				.frameOptions(frame -> frame.sameOrigin())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				InternalAuthenticationServiceException.class.getName(), "/login?unavailable"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	/** The API and the bulletin feeds, which feed readers fetch with HTTP Basic credentials. */
	private static boolean isApiRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/diem-bao/rss/") || path.startsWith("/diem-bao/atom/");
	}

	/** 401 with a Basic challenge; 503 when the credentials could not be checked because the database is away. */
	private static AuthenticationEntryPoint apiEntryPoint() {
		BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
		challenge.setRealmName("Diem bao");
		return (request, response, failure) -> {
			if (failure instanceof InternalAuthenticationServiceException) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "30");
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Cơ sở dữ liệu tạm thời không truy cập được");
				return;
			}
			challenge.commence(request, response, failure);
		};
	}

	private static RequestMatcher headerAuthenticated() {
		return request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}
}
