package id.desasadar.account;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages' CSRF token, bound to the session where there is one, and never the reason there is one (issue #16,
 * item 6). A signed-in person's token is kept in their session, so a token taken from one session is refused in
 * another. A stranger has no session, and gets none for a form: the sign-in form's token is kept in a cookie of its
 * own (HttpOnly, SameSite=Lax, Secure as the session cookie), which another site can neither read nor send, so the
 * sign-in page, the error pages and the card check write nothing to the database, and the sign-in form works
 * (and says the database is away) during an outage. Signing in replaces the token ({@code CsrfAuthenticationStrategy})
 * and the cookie's is then dropped. Spring Security masks the token anew in every page.
 */
class SessionBoundCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionBoundCsrfTokens(boolean secureCookies) {
		cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secureCookies));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			sessions.saveToken(token, request, response);
			if (carriesCookie(request)) {
				cookies.saveToken(null, request, response);
			}
		}
		else if (token != null || carriesCookie(request)) {
			cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		// With a session, only its own token counts: a cookie's token (or another session's) is no token for it.
		return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
	}

	private static boolean carriesCookie(HttpServletRequest request) {
		Cookie[] sent = request.getCookies();
		if (sent != null) {
			for (Cookie cookie : sent) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The name {@link CookieCsrfTokenRepository} gives its cookie. */
	static final String COOKIE = "XSRF-TOKEN";
}
