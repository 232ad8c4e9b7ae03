package id.desasadar.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Input no page or endpoint can use is answered {@code 400} (or {@code 413}) naming the parameter before anything
 * reads it (issue #16, item 4): a parameter name or value with a control character (NUL and the like; line
 * breaks and tabs only in a form's values), more parameters than any form has, a {@code page} or {@code size}
 * that is no paging of api.md ({@code size} 1 to 200), a JSON body over the limit. Such requests are logged at
 * WARN with the parameter's name, never its value. Under {@code /api} and for clients that do not ask for HTML
 * the answer is problem JSON; pages get the error page.
 * <p>
 * Before Spring Security, after Boot's request context filter: a stranger's malformed request costs no session
 * and no password check. Multipart bodies (imports) are left to the multipart limits; only their query is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RequestInputFilter extends OncePerRequestFilter {

	static final int MAX_SIZE = 200;
	static final int MAX_PAGE = 100_000;

	private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);

	private final ApiProblems problems;
	private final LocaleResolver locales;
	private final int maxParameters;
	private final long maxJsonBytes;

	RequestInputFilter(ApiProblems problems, LocaleResolver locales,
			@Value("${desa-sadar.web.max-parameters:300}") int maxParameters,
			@Value("${desa-sadar.web.max-json-body:512KB}") DataSize maxJsonBody) {
		this.problems = problems;
		this.locales = locales;
		this.maxParameters = maxParameters;
		this.maxJsonBytes = maxJsonBody.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale previous = LocaleContextHolder.getLocale();
		Refusal refusal;
		LocaleContextHolder.setLocale(localeOf(request));
		try {
			refusal = refusal(request);
			if (refusal != null) {
				log.warn("Refused {} {}: {} ({})", request.getMethod(), request.getRequestURI(), refusal.code(),
						refusal.parameter());
				answer(request, response, refusal);
				return;
			}
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
		chain.doFilter(isJson(request) ? new LimitedBodyRequest(request, maxJsonBytes) : request, response);
	}

	record Refusal(HttpStatus status, String code, String parameter, String messageKey, Object... args) {
	}

	private Refusal refusal(HttpServletRequest request) {
		if (isJson(request) && request.getContentLengthLong() > maxJsonBytes) {
			return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "body", "problem.body.too-large",
					maxJsonBytes / 1024);
		}
		Map<String, String[]> parameters;
		try {
			parameters = isMultipart(request) ? queryParameters(request.getQueryString()) : request.getParameterMap();
		}
		catch (IllegalArgumentException ex) {
			return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", "query", "problem.field.unreadable");
		}
		catch (RuntimeException ex) {
			// The container refused to parse them (too many, a broken encoding).
			return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", "parameters", "problem.parameters.too-many",
					maxParameters);
		}
		int count = 0;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			count += Math.max(1, parameter.getValue().length);
			if (count > maxParameters) {
				return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", "parameters", "problem.parameters.too-many",
						maxParameters);
			}
			String name = parameter.getKey();
			if (FieldChecks.hiddenCharacter(name, false).isPresent()) {
				return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", printable(name),
						"problem.field.control-characters", "U+%04X".formatted(FieldChecks.hiddenCharacter(name, false).getAsInt()));
			}
			for (String value : parameter.getValue()) {
				int control = firstControl(value);
				if (control >= 0) {
					return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", name, "problem.field.control-characters",
							"U+%04X".formatted(control));
				}
			}
		}
		Refusal paging = paging(parameters, "page", 0, MAX_PAGE);
		return paging != null ? paging : paging(parameters, "size", 1, MAX_SIZE);
	}

	/** {@code page} and {@code size}, where given, are whole numbers in range: api.md, Lists are paged. */
	private static Refusal paging(Map<String, String[]> parameters, String name, int min, int max) {
		String[] values = parameters.get(name);
		if (values == null) {
			return null;
		}
		for (String value : values) {
			if (value.isBlank()) {
				continue; // as Spring Data: the default
			}
			long number;
			try {
				number = value.strip().length() > 10 ? Long.MAX_VALUE : Long.parseLong(value.strip());
			}
			catch (NumberFormatException ex) {
				return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", name, "problem.field.whole-number");
			}
			if (number < min || number > max) {
				return new Refusal(HttpStatus.BAD_REQUEST, "invalid-input", name, "problem.field.range", min, max);
			}
		}
		return null;
	}

	/** A control character other than a form's line breaks and tabs, or a lone surrogate; -1 when none. */
	private static int firstControl(String value) {
		return value.codePoints()
			.filter(c -> (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
					|| Character.getType(c) == Character.SURROGATE)
			.findFirst().orElse(-1);
	}

	/** A parameter name fit for a log and an answer: its hidden characters as {@code ?}. */
	private static String printable(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints().limit(60).forEach(c -> shown.appendCodePoint(
				FieldChecks.hiddenCharacter(new String(Character.toChars(c)), false).isPresent() ? '?' : c));
		return shown.toString();
	}

	private static Map<String, String[]> queryParameters(String query) {
		Map<String, List<String>> values = new java.util.LinkedHashMap<>();
		if (query != null && !query.isEmpty()) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				values.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return parameters;
	}

	private Locale localeOf(HttpServletRequest request) {
		// A multipart body is not parsed here (its own limits apply when the import reads it): only the query.
		String[] lang;
		try {
			lang = isMultipart(request) ? queryParameters(request.getQueryString()).get("lang")
					: request.getParameterValues("lang");
		}
		catch (RuntimeException unreadable) {
			lang = null; // refused just after, in the language the cookie or the default gives
		}
		if (lang != null && lang.length > 0 && (lang[0].equals("id") || lang[0].equals("en"))) {
			return Locale.forLanguageTag(lang[0]);
		}
		return locales.resolveLocale(request);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
		String message = problems.message(refusal.messageKey(), refusal.code(), refusal.args());
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		String accept = request.getHeader("Accept");
		if (!api && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			response.sendError(refusal.status().value());
			return;
		}
		ProblemDetail problem = refusal.status() == HttpStatus.BAD_REQUEST
				? problems.invalid(List.of(new ApiProblems.FieldError(refusal.parameter(), message)))
				: problems.problem(refusal.status(), refusal.code(), message);
		problems.write(response, problem);
	}

	static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && (type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_JSON_VALUE)
				|| type.toLowerCase(Locale.ROOT).contains("+json"));
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}
}
