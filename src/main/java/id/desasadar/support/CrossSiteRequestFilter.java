package id.desasadar.support;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A state-changing request (POST, PUT, PATCH, DELETE) that a browser says comes from another site is refused
 * {@code 403 cross-site} before anything else reads it (issue #16, item 6), behind the CSRF token: a browser's
 * {@code Sec-Fetch-Site: cross-site}, or an {@code Origin} other than the application's own: that of {@code DESA_SADAR_PUBLIC_URL} when configured,
 * else one of the host the request was sent to. Clients that are no
 * browser (the API's integrations, the phone's queue sent by the page itself) send neither header, or
 * {@code same-origin}, and pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final ApiProblems problems;
	private final String publicOrigin;

	CrossSiteRequestFilter(ApiProblems problems, @Value("${desa-sadar.public-url:}") String publicUrl) {
		this.problems = problems;
		this.publicOrigin = publicUrl.isBlank() ? null : origin(URI.create(publicUrl.strip()));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) || bearerApiCall(request);
	}

	/**
	 * An API call with a personal access token (account.BearerTokenFilter): a browser never adds that header by
	 * itself, so another site cannot make a visitor's browser send it, and a script of another site that holds
	 * the token needs no visitor at all. Only the header's presence counts here: the token itself is checked
	 * next, and a wrong one is 401. Pages never take a token, so their requests are checked whatever they carry.
	 */
	private static boolean bearerApiCall(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				&& request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String site = request.getHeader("Sec-Fetch-Site");
		String origin = request.getHeader("Origin");
		boolean crossSite = "cross-site".equalsIgnoreCase(site) || (origin != null && !ownOrigin(origin, request));
		if (!crossSite) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Refused {} {}: sent from another site", request.getMethod(), request.getRequestURI());
		String accept = request.getHeader("Accept");
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") && accept != null
				&& accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.sendError(HttpStatus.FORBIDDEN.value());
			return;
		}
		problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "cross-site",
				problems.message("problem.cross-site", "sent from another site")));
	}

	/**
	 * With {@code DESA_SADAR_PUBLIC_URL}: exactly its origin. Without: the host the request was sent to, whatever
	 * the scheme and port (a proxy that ends TLS hands the application plain HTTP on another port).
	 */
	private boolean ownOrigin(String origin, HttpServletRequest request) {
		if (publicOrigin != null) {
			return publicOrigin.equalsIgnoreCase(origin);
		}
		try {
			String host = URI.create(origin.strip()).getHost();
			return host != null && host.equalsIgnoreCase(request.getServerName());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static String origin(URI url) {
		int port = url.getPort();
		boolean defaultPort = port == -1 || ("http".equals(url.getScheme()) && port == 80)
				|| ("https".equals(url.getScheme()) && port == 443);
		return url.getScheme() + "://" + url.getHost() + (defaultPort ? "" : ":" + port);
	}

}
