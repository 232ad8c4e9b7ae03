package id.desasadar.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the servlet container and Spring answer themselves, outside any controller (a path Spring Security's
 * firewall rejects such as {@code /api/v1/enrollments//payments}, a {@code sendError} of a filter, an exception no
 * handler took), reaches {@code /error}. For an address under {@code /api/} that is problem JSON of
 * {@link ApiProblems} whatever the {@code Accept} (issue #16, item 4); every other address keeps Spring Boot's
 * error page, since the decision is made by the address that failed, not by what the client accepts (an earlier
 * version decided by {@code Accept} and took the browsers' error pages over).
 */
class ProblemErrorController extends BasicErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ApiProblems problems;
	private final LocaleResolver locales;

	ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> views,
			ApiProblems problems, LocaleResolver locales) {
		super(attributes, properties, views);
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (forApi(request)) {
			writeProblem(request, response);
			return null; // answered
		}
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (forApi(request)) {
			writeProblem(request, currentResponse(request));
			return null; // answered
		}
		return super.error(request);
	}

	/** Also a client that accepts none of our types ({@code Accept: image/png}) gets the problem, as api.md says. */
	@Override
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		if (forApi(request)) {
			writeProblem(request, currentResponse(request));
			return null;
		}
		return super.mediaTypeNotAcceptable(request);
	}

	static boolean forApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String failed ? failed : request.getRequestURI();
		return path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api");
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		if (status.is5xxServerError() && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			status = HttpStatus.NOT_FOUND; // /error asked for directly: no such resource, not a failure
		}
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		// No path or query: either may hold what the client typed, a NIK included. Client errors are no fault of ours.
		if (status.is4xxClientError()) {
			log.warn("Answered {} to {} under /api{}", status.value(), request.getMethod(),
					failure == null ? "" : " (" + failure.getClass().getSimpleName() + ")");
		}
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			problems.write(response, problems.forStatus(status));
		}
		catch (IOException gone) {
			log.debug("The client left before its error answer", gone);
		}
	}

	private static HttpServletResponse currentResponse(HttpServletRequest request) {
		// The JSON handler of Boot's controller takes no response; the dispatcher keeps it with the request.
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
	}
}
