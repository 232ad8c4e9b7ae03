package id.desasadar.account;

import java.io.IOException;
import java.util.List;

import id.desasadar.support.DatabaseOutage;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session whose account was disabled or changed since sign-in (role, scopes, password: every
 * change raises the account's version), so that the change holds from the next request on, also on other
 * instances. One indexed read per page request; the request goes on as not signed in, and so to the
 * sign-in page. The API keeps no session: HTTP Basic loads the account on every call anyway.
 */
class StaleSessions extends OncePerRequestFilter {

	private final JdbcTemplate jdbc;

	StaleSessions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !current(principal)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

	private boolean current(AccountPrincipal principal) {
		try {
			List<Boolean> current = jdbc.query("select enabled from account where username = ? and version = ?",
					(rs, i) -> rs.getBoolean(1), principal.getUsername(), principal.version());
			return !current.isEmpty() && current.get(0);
		}
		catch (DataAccessException ex) {
			if (DatabaseOutage.causedBy(ex)) {
				// The database is away: the session cannot be checked, and the request, which reads its data
				// from the same database, meets the outage too and gets the page that says so (503).
				return true;
			}
			throw ex;
		}
	}
}
