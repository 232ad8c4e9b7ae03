package id.desasadar.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a stranger was going when sent to sign in, kept in a cookie rather than a session (issue #16): an
 * anonymous request to a protected page writes no session row, so it is no unauthenticated database write. Only
 * the path and query of a page read are kept, never a host: after signing in the browser goes to that path on
 * the address it used, whatever {@code Host} header the request carried. Anything that is not a plain local path
 * ({@code //elsewhere}, a scheme) is dropped.
 */
final class ContinueCookieRequestCache implements RequestCache {

	static final String COOKIE = "DESA_SADAR_CONTINUE";

	private final boolean secure;

	ContinueCookieRequestCache(boolean secure) {
		this.secure = secure;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!"GET".equals(request.getMethod())) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		if (!isLocal(target) || target.length() > 1000) {
			return;
		}
		write(response, Base64.getUrlEncoder().withoutPadding().encodeToString(target.getBytes(StandardCharsets.UTF_8)),
				-1, request.getContextPath());
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return null;
		}
		try {
			String target = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isLocal(target) ? new SimpleSavedRequest(request.getContextPath() + target) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return null; // the browser asks for the page again after signing in; nothing to replay
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE) != null) {
			write(response, "", 0, request.getContextPath());
		}
	}

	/** A path of this application: one slash, no scheme, no backslash, no control character. */
	static boolean isLocal(String target) {
		return target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
				&& target.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
	}

	private void write(HttpServletResponse response, String value, long maxAge, String contextPath) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value).path(contextPath.isEmpty() ? "/" : contextPath)
			.httpOnly(true).secure(secure).sameSite("Lax").maxAge(maxAge).build();
		response.addHeader("Set-Cookie", cookie.toString());
	}
}
