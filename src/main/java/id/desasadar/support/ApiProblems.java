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
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), body);
	}
}
