package id.desasadar.account;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import id.desasadar.support.StaticResources;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The JSON API (HTTP Basic, no session), health, metrics and static files need no page session, and page sessions
 * live in PostgreSQL: their requests go on without the session cookie, so that nothing on the way (the security
 * filters, the audit's question of who acts) loads the session a browser sent along. That spares two statements
 * per stylesheet or API call, and lets them answer for themselves while the database is away rather than fail on
 * the session. Placed before Spring Session's filter.
 */
class SessionlessRequests extends OncePerRequestFilter {

	/** Besides the static files ({@link StaticResources#PATTERNS}). */
	static final List<String> PATHS = List.of("/api/", "/actuator/");

	private final String cookieName;

	SessionlessRequests(String cookieName) {
		this.cookieName = cookieName;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.stream().noneMatch(path::startsWith) && !StaticResources.serves(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie[] getCookies() {
				Cookie[] cookies = super.getCookies();
				return cookies == null ? null
						: Arrays.stream(cookies).filter(cookie -> !cookie.getName().equals(cookieName)).toArray(Cookie[]::new);
			}
		}, response);
	}
}
