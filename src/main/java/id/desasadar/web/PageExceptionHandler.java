package id.desasadar.web;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.DatabaseOutage;
import id.desasadar.support.ProblemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that fails shows the error page of its status in the user's language: a record unknown or out of
 * scope is the 404 page. JSON endpoints have their own handler, which takes precedence.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final ApiProblems problems;

	PageExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ModelAndView problem(ProblemException ex, HttpServletResponse response) {
		int status = ex.status().value();
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("detail", problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
		return page;
	}

	/** The database out of reach: the 503 page says nothing was saved and to try again shortly. */
	@ExceptionHandler
	ModelAndView failure(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseOutage.causedBy(ex)) {
			throw ex; // Spring Boot's error page, as for any other failure
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		return page;
	}
}
