package id.desasadar.account;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.DatabaseOutage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs an API request in with {@code Authorization: Bearer dsp_...} (a personal access token): one SHA-256 and one
 * indexed read instead of HTTP Basic's BCrypt. The account's role, scopes and state are read with the token on
 * every request, so a role change or a disabled account holds for its tokens from the next call on. A revoked,
 * expired or unknown token, or one of a disabled account, is {@code 401 invalid-token}; a read-only token on
 * anything but GET, HEAD or OPTIONS is {@code 403 read-only-token}; each refusal goes to the audit trail
 * ({@link TokenRefusals}). A request without a Bearer header goes on to HTTP Basic untouched.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String SCHEME = "Bearer ";
	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final AccessTokens tokens;
	private final TokenRefusals refusals;
	private final ApiProblems problems;
	private final LocaleResolver locales;
	private final Clock clock;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(AccessTokens tokens, TokenRefusals refusals, ApiProblems problems, LocaleResolver locales, Clock clock) {
		this.tokens = tokens;
		this.refusals = refusals;
		this.problems = problems;
		this.locales = locales;
		this.clock = clock;
	}

	/** Whether the request carries a Bearer token (of any shape): also for support.CrossSiteRequestFilter. */
	static boolean carriesBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !carriesBearer(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		Optional<AccessTokens.TokenUse> found;
		try {
			// a text that is no secret's shape is not looked up: nothing to find, no read to spend
			found = AccessTokenSecret.wellFormed(presented) ? tokens.find(presented) : Optional.empty();
		}
		catch (DataAccessException ex) {
			if (!DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			problems.write(response, problems.databaseUnavailable(response));
			return;
		}
		if (found.isEmpty()) {
			refusals.refused("anonymous", null, "unknown", method, path);
			unauthorized(response, "unknown");
			return;
		}
		AccessTokens.TokenUse use = found.get();
		String refusal = use.refusal(clock.instant());
		if (refusal != null) {
			refusals.refused(use.principal().getUsername(), use.tokenId(), refusal, method, path);
			unauthorized(response, refusal);
			return;
		}
		if (use.scope() == AccessTokenScope.READ_ONLY && !READS.contains(method)) {
			refusals.refused(use.principal().getUsername(), use.tokenId(), "read-only", method, path);
			problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "read-only-token",
					problems.message("problem.token.read-only", "this token may only read")));
			return;
		}
		tokens.touch(use);
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new AccessTokenAuthentication(use.principal(), use.tokenId(), use.scope()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/** RFC 6750: {@code invalid_token}; the detail says expired or revoked, which helps the holder and no one else. */
	private void unauthorized(HttpServletResponse response, String reason) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Desa Sadar\", error=\"invalid_token\"");
		String key = switch (reason) {
			case "expired" -> "problem.token.expired";
			case "revoked" -> "problem.token.revoked";
			default -> "problem.token.invalid";
		};
		problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token",
				problems.message(key, "the token is not valid")));
	}
}
