package id.desasadar.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import tools.jackson.databind.DatabindException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns every failure of a JSON endpoint into the problem JSON of {@link ApiProblems}, and never shows a
 * stack trace or SQL.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before Spring Boot's ProblemDetailsExceptionHandler (order 0), which would otherwise answer Spring MVC's own
// exceptions (an unreadable body, a wrong parameter type, 405, 415) without code and errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ApiProblems problems;

	ApiExceptionHandler(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail problem(ProblemException ex) {
		return problems.of(ex);
	}

	@ExceptionHandler
	ProblemDetail invalidBody(MethodArgumentNotValidException ex) {
		List<ApiProblems.FieldError> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors()
			.forEach(e -> errors.add(new ApiProblems.FieldError(e.getField(), e.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors()
			.forEach(e -> errors.add(new ApiProblems.FieldError(e.getObjectName(), e.getDefaultMessage())));
		return problems.invalid(errors);
	}

	@ExceptionHandler
	ProblemDetail unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getAttribute(LimitedBodyRequest.TOO_LARGE) instanceof Long limit) {
			log.warn("Refused {} {}: JSON body over {} bytes", request.getMethod(), request.getRequestURI(), limit);
			response.setHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
			return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
					problems.message("problem.body.too-large", "body too large", limit / 1024));
		}
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("body");
			return problems.invalid(List.of(new ApiProblems.FieldError(field, problems.message("problem.field.unreadable", "wrong type"))));
		}
		return problems.invalid(List.of(new ApiProblems.FieldError("body", problems.message("problem.body.unreadable", "unreadable JSON"))));
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return problems.invalid(List.of(new ApiProblems.FieldError(ex.getName(), problems.message("problem.field.unreadable", "wrong type"))));
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return problems.invalid(List.of(new ApiProblems.FieldError(ex.getParameterName(), problems.message("problem.field.required", "required"))));
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problems.problem(HttpStatus.FORBIDDEN, "forbidden", problems.message("problem.forbidden", "forbidden"));
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, StaleObjectStateException.class })
	ProblemDetail stale(RuntimeException ex) {
		return problems.problem(HttpStatus.CONFLICT, "stale-version", problems.message("problem.stale-version", "stale version"));
	}

	@ExceptionHandler
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		// Constraints that a module translates itself (a duplicate NIK) never get here. Only the constraint's
		// name is logged: PostgreSQL's message carries the values ("Key (nik)=(...)", "Failing row contains").
		String constraint = ex.getCause() instanceof ConstraintViolationException violation ? violation.getConstraintName() : null;
		log.info("Rejected by database constraint {}", constraint == null ? "(unnamed)" : constraint);
		return problems.problem(HttpStatus.CONFLICT, "conflict", problems.message("problem.conflict", "conflict"));
	}

	@ExceptionHandler
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", problems.message("problem.unsupported-media-type", "unsupported media type"));
	}

	@ExceptionHandler
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", problems.message("problem.too-large", "too large"));
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known) {
			// Another exception of Spring MVC that carries its own status (406 and the like): answer as it says, with
			// the stable code and the caller's language of every other problem.
			HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
			log.warn("Refused {}: {}", known.getStatusCode().value(), ex.getClass().getSimpleName());
			return status == null ? known.getBody() : problems.forStatus(status);
		}
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("Database unavailable: {}", ex.getMessage());
			return problems.databaseUnavailable(response);
		}
		log.error("Unexpected failure", ex);
		return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", problems.message("problem.internal-error", "internal error"));
	}
}
