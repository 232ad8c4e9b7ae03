package id.desasadar.apidoc;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartFile;

/** What a controller method's annotations say about its operation: address, method, body, role check. */
record Mapping(Method method, String httpMethod, String path) {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	static Mapping of(Method method) {
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), RequestMapping.class);
		RequestMapping own = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		String base = type == null || type.path().length == 0 ? "" : type.path()[0];
		String tail = own == null || own.path().length == 0 ? "" : own.path()[0];
		RequestMethod[] methods = own == null ? new RequestMethod[0] : own.method();
		String httpMethod = methods.length == 0 ? "GET" : methods[0].name();
		return new Mapping(method, httpMethod, base + tail);
	}

	/** {@code POST /api/v1/workers}: how docs/api.md names an operation, and the key of its summary. */
	String key() {
		return httpMethod + " " + path;
	}

	/** POST, PUT, PATCH, DELETE: state-changing, so refused from another site and open to conflicts. */
	boolean writes() {
		return !READS.contains(httpMethod.toUpperCase(Locale.ROOT));
	}

	boolean takesBody() {
		return Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(RequestBody.class));
	}

	boolean takesFile() {
		return Arrays.stream(method.getParameters()).map(Parameter::getType).anyMatch(MultipartFile.class::equals);
	}

	boolean takesPathVariable() {
		return Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(PathVariable.class));
	}

	/** The role check on the method or, failing that, on its class; null when any signed-in account may. */
	String roleCheck() {
		PreAuthorize check = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (check == null) {
			check = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
		}
		return check == null ? null : check.value();
	}

	/** The feature module the controller lives in ({@code worker}, {@code enrollment}): the operation's tag. */
	String module() {
		String name = method.getDeclaringClass().getPackageName();
		return name.substring(name.lastIndexOf('.') + 1);
	}
}
