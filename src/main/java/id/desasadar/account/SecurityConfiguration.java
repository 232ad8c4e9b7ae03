package id.desasadar.account;

import java.time.Clock;
import java.util.Map;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.DatabaseOutage;
import id.desasadar.support.StaticResources;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

import org.springframework.context.i18n.LocaleContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Two doors with the same accounts (api.md, Access): the JSON API under {@code /api} takes HTTP Basic or a
 * personal access token ({@link BearerTokenFilter}), keeps
 * no session and so needs no CSRF token; the pages use a login form, sessions and CSRF protection. Roles are
 * checked on each endpoint with {@code @PreAuthorize}; scopes by the features through {@link Viewer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** One sign-in for the form and HTTP Basic: passwords checked, failures counted and throttled. */
	@Bean
	AuthenticationManager authenticationManager(AccountDetails accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		return new ProviderManager(new ThrottledSignIn(accounts, encoder, throttle));
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		return PasswordPolicy.shipped();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, ApiProblems problems,
			LocaleResolver locales, AccessTokens tokens, TokenRefusals refusals, Clock clock) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			LocaleContextHolder.setLocale(locales.resolveLocale(request));
			if (ex instanceof SignInRefusedException refused) {
				// 429 rather than 401: retrying with another password is refused too, until Retry-After.
				long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
				response.setHeader("Retry-After", String.valueOf(seconds));
				problems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
						problems.message("problem.too-many-sign-ins", "too many failed sign-ins",
								(seconds + 59) / 60)));
				return;
			}
			if (DatabaseOutage.causedBy(ex)) {
				// The account could not be looked up: not a wrong password, so the API's outage answer, not 401.
				problems.write(response, problems.databaseUnavailable(response));
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"Desa Sadar\", charset=\"UTF-8\"");
			problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
					problems.message("problem.unauthorized", "sign in required")));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> {
			LocaleContextHolder.setLocale(locales.resolveLocale(request));
			problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden",
					problems.message("problem.forbidden", "forbidden")));
		};
		// Personal access tokens (issue #16, item 7): a Bearer token signs in before HTTP Basic is asked for.
		http.addFilterBefore(new BearerTokenFilter(tokens, refusals, problems, locales, clock), BasicAuthenticationFilter.class);
		return http.securityMatcher("/api/**")
			.authenticationManager(authentication)
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

	/**
	 * The pages: form login (a failure, a throttled username, or the database out of reach, back to the sign-in
	 * page with its own message);
	 * on sign-in the session id changes (Spring's default fixation protection), sign-out invalidates the
	 * session, and a session whose account changed meanwhile ends ({@link StaleSessions}). Sessions expire
	 * after {@code server.servlet.session.timeout} idle.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication, JdbcTemplate jdbc,
			CsrfTokenRepository csrfTokens, ApiProblems problems, LocaleResolver locales,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
		AuthenticationFailureHandler failed = (request, response, ex) -> response.sendRedirect(request.getContextPath()
				+ (ex instanceof SignInRefusedException ? "/login?throttled"
						: DatabaseOutage.causedBy(ex) ? "/login?unavailable" : "/login?error"));
		return http
			.authenticationManager(authentication)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/login", "/error")
				.permitAll()
				// the public check a participant card's QR code opens (api.md, Payments and proof)
				.requestMatchers("/v/*")
				.permitAll()
				.requestMatchers(StaticResources.PATTERNS.toArray(String[]::new))
				.permitAll()
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.addFilterBefore(new StaleSessions(jdbc), AnonymousAuthenticationFilter.class)
			.formLogin(form -> form.loginPage("/login").failureHandler(failed).permitAll())
			// a page's script asking for JSON (the booth sending its queue) learns that the session ended, or that its
			// CSRF token is stale, and can sign in again on the page itself: problem JSON, not the sign-in page
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor((request, response, failure) -> {
					LocaleContextHolder.setLocale(locales.resolveLocale(request));
					problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
							problems.message("problem.session-ended", "sign in again")));
				}, SecurityConfiguration::asksForJson)
				.defaultAccessDeniedHandlerFor((request, response, denied) -> {
					LocaleContextHolder.setLocale(locales.resolveLocale(request));
					problems.write(response, denied instanceof CsrfException
							? problems.problem(HttpStatus.FORBIDDEN, "csrf-token",
									problems.message("problem.csrf-token", "the page is out of date"))
							: problems.problem(HttpStatus.FORBIDDEN, "forbidden", problems.message("problem.forbidden", "forbidden")));
				}, SecurityConfiguration::asksForJson)
				// with a single mapping Spring Security would answer every request with it: pages keep the error page
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// where a stranger was going, in a cookie: no session row for an anonymous request (issue #16)
			.requestCache(cache -> cache.requestCache(new ContinueCookieRequestCache(secureCookies)))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
				.clearAuthentication(true).deleteCookies("SESSION"))
			.build();
	}

	/** A request of a page's script that wants JSON back rather than a page (an {@code Accept} without HTML). */
	static boolean asksForJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	/** BCrypt; tests lower the cost, since every API call with HTTP Basic checks the password. */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${desa-sadar.security.bcrypt-strength:10}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}
}
