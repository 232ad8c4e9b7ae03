package id.desasadar.account;

import java.util.Map;

import id.desasadar.support.ApiProblems;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Two doors with the same accounts (api.md, Access): the JSON API under {@code /api} takes HTTP Basic, keeps
 * no session and so needs no CSRF token; the pages use a login form, sessions and CSRF protection. Roles are
 * checked on each endpoint with {@code @PreAuthorize}; scopes by the features through {@link Viewer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiProblems problems, LocaleResolver locales) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			LocaleContextHolder.setLocale(locales.resolveLocale(request));
			response.setHeader("WWW-Authenticate", "Basic realm=\"Desa Sadar\", charset=\"UTF-8\"");
			problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
					problems.message("problem.unauthorized", "sign in required")));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> {
			LocaleContextHolder.setLocale(locales.resolveLocale(request));
			problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden",
					problems.message("problem.forbidden", "forbidden")));
		};
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/**
	 * Only the application's own scripts and styles run: no inline script or style, no eval, no framing.
	 * Bootstrap's icons are data: images; WhatsApp links are plain links, which the policy leaves alone.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'";

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

	/** BCrypt; tests lower the cost, since every API call with HTTP Basic checks the password. */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${desa-sadar.security.bcrypt-strength:10}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}
}
