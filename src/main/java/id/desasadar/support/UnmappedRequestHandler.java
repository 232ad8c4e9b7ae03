package id.desasadar.support;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests that reach no controller: an unknown address or a method the address does not take. No
 * controller-specific advice applies to them, so this one decides by the address: problem JSON with its
 * stable code under {@code /api}, the error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnmappedRequestHandler {

	private final ApiProblems problems;

	UnmappedRequestHandler(ApiProblems problems) {
		this.problems = problems;
	}

	/** No controller and no static file (support.StaticResources) has the address. */
	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	Object unknownAddress(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, "not-found", "problem.not-found.path");
	}

	@ExceptionHandler
	Object wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader("Allow", String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "problem.method-not-allowed");
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String messageKey) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(problems.problem(status, code, problems.message(messageKey, code)));
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		return page;
	}
}
