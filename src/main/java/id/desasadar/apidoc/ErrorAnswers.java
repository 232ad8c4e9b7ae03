package id.desasadar.apidoc;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The error answers of an operation, each as problem JSON (the {@code Problem} schema), from rules that say where
 * each comes from, plus every problem the code can throw ({@link ThrownProblems}). The rules:
 * <ul>
 * <li>every operation: {@code 400} (a malformed parameter, support.RequestInputFilter and SortCheck), {@code 401}
 * (no valid credentials), {@code 429 too-many-sign-ins} (the sign-in throttle, account.ThrottledSignIn) and
 * {@code 503 database-unavailable};</li>
 * <li>{@code 403 forbidden} where a role check guards the method or its class, {@code 403 cross-site} on every
 * write (support.CrossSiteRequestFilter);</li>
 * <li>{@code 404 not-found} with a path variable (unknown or out of scope, api.md, Access);</li>
 * <li>{@code 409 conflict} and {@code stale-version} on every write (a database constraint, an optimistic lock:
 * support.ApiExceptionHandler);</li>
 * <li>{@code 413} and {@code 415} with a JSON body (support.LimitedBodyRequest), {@code 413 too-large} with a file.</li>
 * </ul>
 */
final class ErrorAnswers {

	static final String PROBLEM_REF = "#/components/schemas/" + OpenApiDocument.PROBLEM;

	private final ThrownProblems thrown;

	ErrorAnswers(ThrownProblems thrown) {
		this.thrown = thrown;
	}

	void describe(Operation operation, Mapping mapping) {
		answers(mapping).forEach((status, codes) -> operation.getResponses()
			.addApiResponse(String.valueOf(status.value()), problem(status, codes)));
	}

	/** Each error status of the operation with the codes it may carry. */
	Map<HttpStatus, Set<String>> answers(Mapping mapping) {
		Map<HttpStatus, Set<String>> answers = new TreeMap<>();
		add(answers, HttpStatus.BAD_REQUEST, "invalid-input");
		add(answers, HttpStatus.UNAUTHORIZED, "unauthorized");
		add(answers, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins");
		add(answers, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable");
		if (mapping.roleCheck() != null) {
			add(answers, HttpStatus.FORBIDDEN, "forbidden");
		}
		if (mapping.writes()) {
			add(answers, HttpStatus.FORBIDDEN, "cross-site");
			add(answers, HttpStatus.CONFLICT, "conflict", "stale-version");
		}
		if (mapping.takesPathVariable()) {
			add(answers, HttpStatus.NOT_FOUND, "not-found");
		}
		if (mapping.takesBody()) {
			add(answers, HttpStatus.CONTENT_TOO_LARGE, "body-too-large");
			add(answers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
		}
		if (mapping.takesFile()) {
			add(answers, HttpStatus.CONTENT_TOO_LARGE, "too-large");
		}
		thrown.of(mapping.method()).forEach((status, codes) -> add(answers, status, codes.toArray(String[]::new)));
		answers.keySet().removeIf(status -> !status.isError() || status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE);
		return answers;
	}

	private static void add(Map<HttpStatus, Set<String>> answers, HttpStatus status, String... codes) {
		answers.computeIfAbsent(status, k -> new TreeSet<>()).addAll(Set.of(codes));
	}

	private static ApiResponse problem(HttpStatus status, Set<String> codes) {
		String description = status.getReasonPhrase() + (codes.isEmpty() ? ""
				: ": " + codes.stream().map(code -> "`" + code + "`").collect(Collectors.joining(", ")));
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
	}
}
