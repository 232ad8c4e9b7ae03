package id.desasadar.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code sort} names only what the endpoint sorts by (issue #16, item 4): the properties of its
 * {@link SortDefault}, its allowed list. An endpoint without one sorts in its own order and takes no
 * {@code sort}. Anything else is {@code 400} naming {@code sort} with the allowed list, before a query could
 * fail on an unknown property (a 500, or a wrong 409).
 */
final class SortCheck implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(SortCheck.class);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String[] sorts = request.getParameterValues("sort");
		if (sorts == null || !(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> allowed = allowed(method);
		if (allowed == null) {
			return true; // no paged list here: the parameter means nothing
		}
		for (String sort : sorts) {
			for (String property : properties(sort)) {
				if (!allowed.contains(property)) {
					log.warn("Refused {} {}: unknown sort property", request.getMethod(), request.getRequestURI());
					throw new InvalidInputException("sort", "problem.sort.unknown", property.length() > 40
							? property.substring(0, 40) : property, allowed.isEmpty() ? "-" : String.join(", ", allowed));
				}
			}
		}
		return true;
	}

	/** The allowed properties; {@code null} when the handler takes no {@link Pageable} or {@link Sort}. */
	static Set<String> allowed(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (Pageable.class.isAssignableFrom(type) || Sort.class.isAssignableFrom(type)) {
				Set<String> allowed = new LinkedHashSet<>();
				SortDefault single = parameter.getParameterAnnotation(SortDefault.class);
				SortDefault.SortDefaults many = parameter.getParameterAnnotation(SortDefault.SortDefaults.class);
				List<SortDefault> defaults = new ArrayList<>();
				if (single != null) {
					defaults.add(single);
				}
				if (many != null) {
					defaults.addAll(List.of(many.value()));
				}
				defaults.forEach(d -> {
					allowed.addAll(List.of(d.sort()));
					allowed.addAll(List.of(d.value()));
				});
				return allowed;
			}
		}
		return null;
	}

	/** {@code name,desc} or {@code name,id,asc}: the properties, without the direction. */
	private static List<String> properties(String sort) {
		List<String> properties = new ArrayList<>();
		for (String part : sort.split(",")) {
			String p = part.strip();
			if (p.isEmpty() || p.toLowerCase(Locale.ROOT).equals("asc") || p.toLowerCase(Locale.ROOT).equals("desc")
					|| p.equalsIgnoreCase("ignorecase")) {
				continue;
			}
			properties.add(p);
		}
		return properties;
	}
}
