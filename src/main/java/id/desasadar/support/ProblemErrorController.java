package id.desasadar.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What Spring answers itself, outside any controller (a path the firewall rejects such as
 * {@code /api/v1/enrollments//payments}, an error of the container), is problem JSON too, with a stable
 * {@code code} and a message in the user's language, rather than Spring Boot's default error body (issue #16).
 * Pages keep the error page ({@link BasicErrorController#errorHtml}).
 */
class ProblemErrorController extends BasicErrorController {

	private final ApiProblems problems;

	ProblemErrorController(ErrorAttributes attributes, List<ErrorViewResolver> views, ApiProblems problems) {
		super(attributes, new ErrorProperties(), views);
		this.problems = problems;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		ProblemDetail problem = problems.problem(status, code(status), problems.message(messageKey(status),
				status.getReasonPhrase()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.putAll(problem.getProperties() == null ? Map.of() : problem.getProperties());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String code(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "bad-request";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case CONTENT_TOO_LARGE -> "too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case INTERNAL_SERVER_ERROR -> "internal-error";
			default -> "error-" + status.value();
		};
	}

	private static String messageKey(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "problem.bad-request";
			case UNAUTHORIZED -> "problem.unauthorized";
			case FORBIDDEN -> "problem.forbidden";
			case NOT_FOUND -> "problem.not-found.path";
			case METHOD_NOT_ALLOWED -> "problem.method-not-allowed";
			case CONTENT_TOO_LARGE -> "problem.too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupported-media-type";
			default -> "problem.internal-error";
		};
	}
}
