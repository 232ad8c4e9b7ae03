package id.desasadar.account;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import id.desasadar.support.DatabaseOutage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Page sessions live in PostgreSQL: with the database away, a page request can neither load its session (when
 * Spring Security first asks who is signed in) nor save it (after the page), and both happen in Spring Session's
 * filter, outside any controller. This filter, just outside that one, answers such a failure as every page
 * answers an outage: the 503 error page that says nothing was saved, rather than a general error or the sign-in
 * page. The page is rendered here, with no session, no security filter and no controller involved, since all
 * of them would reach for the database again. The session row itself is untouched, so the same session works
 * again once the database is back. The API keeps no session and has its own answer to an outage.
 */
class SessionStoreOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);

	private final ObjectProvider<ViewResolver> pages;
	private final ObjectProvider<LocaleResolver> locales;

	SessionStoreOutage(ObjectProvider<ViewResolver> pages, ObjectProvider<LocaleResolver> locales) {
		this.pages = pages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for the session: {}", ex.getMessage());
			outagePage(request, response);
		}
	}

	/** templates/error.html for 503, in the language of the request's {@code ?lang=} or cookie. */
	private void outagePage(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		String chosen = request.getParameter("lang");
		Locale locale = locales.getObject().resolveLocale(request);
		if (chosen != null && !chosen.isBlank()) {
			// as on every page: the language chosen is also remembered (its cookie)
			locale = Locale.forLanguageTag(chosen.strip());
			locales.getObject().setLocale(request, response, locale);
		}
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
		try {
			View page = pages.getObject().resolveViewName("error", locale);
			page.render(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value()), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("the outage page could not be rendered", ex);
		}
	}
}
