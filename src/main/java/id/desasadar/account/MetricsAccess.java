package id.desasadar.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The metrics door: Prometheus scrapes {@code /actuator/prometheus} with {@code Authorization: Bearer <token>}
 * ({@code DESA_SADAR_METRICS_TOKEN}), a secret of the monitoring system rather than a person's account, which it
 * could not keep signed in. Without a token configured the endpoint stays closed to everyone. The metrics carry
 * counts and timings, never personal data.
 */
@Configuration(proxyBeanMethods = false)
class MetricsAccess {

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, @Value("${desa-sadar.metrics.token:}") String token) throws Exception {
		return http.securityMatcher("/actuator/prometheus")
			.authorizeHttpRequests(auth -> auth.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(bearerMatches(context.getRequest(), token))))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/** Compared in constant time, so that the answer's timing tells nothing about the token. */
	static boolean bearerMatches(HttpServletRequest request, String token) {
		String header = request.getHeader("Authorization");
		if (token == null || token.isBlank() || header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		return MessageDigest.isEqual(header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}
}
