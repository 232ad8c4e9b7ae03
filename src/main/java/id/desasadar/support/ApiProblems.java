package id.desasadar.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one error shape of the API (api.md, Conventions): RFC 9457 problem JSON with {@code status},
 * {@code title}, {@code detail}, a stable {@code code} and, for bad input, {@code errors} naming every
 * field. Titles and messages are in the caller's language.
 */
@Component
public class ApiProblems {

	/** One bad field of a request. */
	public record FieldError(String field, String message) {
	}

	private final MessageSource messages;
	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://desasadar.id/problems/" + code));
		problem.setTitle(message("problem.title." + status.value(), status.getReasonPhrase()));
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * The answer while the database cannot be reached ({@link DatabaseOutage}): 503 with {@code Retry-After}, the
	 * same from a controller and from a security filter that could not read the account or the token.
	 */
	public ProblemDetail databaseUnavailable(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
				message("problem.database-unavailable", "database unavailable"));
	}

	public ProblemDetail of(ProblemException ex) {
		ProblemDetail problem = problem(ex.status(), ex.code(), message(ex.messageKey(), ex.code(), ex.messageArgs()));
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("errors", invalid.problems().stream()
				.map(p -> new FieldError(p.field(), message(p.messageKey(), p.messageKey(), p.args())))
				.toList());
		}
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	public ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", message("problem.invalid-input", "invalid input"));
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * The bad fields of a form, each with its message in the user's language, for a page to show beside
	 * each field (the first problem of a field wins).
	 */
	public Map<String, String> fieldMessages(InvalidInputException ex) {
		Map<String, String> messages = new LinkedHashMap<>();
		ex.problems().forEach(p -> messages.putIfAbsent(p.field(), message(p.messageKey(), p.messageKey(), p.args())));
		return messages;
	}

	public String message(String key, String fallback, Object... args) {
		return messages.getMessage(key, args, fallback, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * Writes a problem where no controller answers (the security filters): the same members that
	 * Spring MVC writes for a {@link ProblemDetail}.
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
	}

	/** The problem as Spring MVC writes a {@link ProblemDetail}: its members, then its properties. */
	public String json(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return json.writeValueAsString(body);
	}

	/**
	 * The problem of a bare status, for what no handler of ours answered (the container, Spring Security's firewall,
	 * Spring MVC's own exceptions): a stable code and a message in the caller's language per status.
	 */
	public ProblemDetail forStatus(HttpStatus status) {
		String code = switch (status) {
			case BAD_REQUEST -> "bad-request";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case CONTENT_TOO_LARGE -> "too-large";
			case URI_TOO_LONG -> "uri-too-long";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
			case SERVICE_UNAVAILABLE -> "unavailable";
			default -> status.is4xxClientError() ? "bad-request" : "internal-error";
		};
		String key = switch (code) {
			case "not-found" -> "problem.not-found.path";
			case "too-large" -> "problem.too-large";
			default -> "problem." + code;
		};
		return problem(status, code, message(key, status.getReasonPhrase()));
	}
}
