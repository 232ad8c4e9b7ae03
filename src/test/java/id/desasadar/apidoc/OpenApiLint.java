package id.desasadar.apidoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Spectral's {@code spectral:oas} recommended rules that matter for a client generator, named as Spectral names
 * them, and the project's own (named {@code desa-sadar-...}), applied to an OpenAPI document after
 * swagger-parser has read it. Each finding reads {@code rule: where: what}.
 */
final class OpenApiLint {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
	private static final Pattern URL_SAFE = Pattern.compile("^[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]+$");
	private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)\"");
	private static final String PROBLEM_JSON = "application/problem+json";

	private final List<String> findings = new ArrayList<>();

	private OpenApiLint() {
	}

	/** Every finding on the document: the parser's own messages first, then the rules'. */
	static List<String> check(String json) {
		OpenApiLint lint = new OpenApiLint();
		ParseOptions options = new ParseOptions();
		SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
		if (result.getMessages() != null) {
			result.getMessages().forEach(message -> lint.finding("swagger-parser", "document", message));
		}
		if (result.getOpenAPI() == null) {
			lint.finding("swagger-parser", "document", "not an OpenAPI document");
			return lint.findings;
		}
		lint.rules(result.getOpenAPI(), json);
		if (!json.contains("\"servers\"")) {
			// the parser fills in a server "/" where the document names none
			lint.finding("oas3-api-servers", "servers", "missing");
		}
		return lint.findings;
	}

	private void finding(String rule, String where, String what) {
		findings.add(rule + ": " + where + ": " + what);
	}

	private void rules(OpenAPI api, String json) {
		info(api);
		servers(api);
		Set<String> declaredTags = new HashSet<>();
		if (api.getTags() == null || api.getTags().isEmpty()) {
			finding("openapi-tags", "tags", "the document declares no tags");
		}
		else {
			api.getTags().forEach(tag -> declaredTags.add(tag.getName()));
		}
		Set<String> schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null ? Set.of()
				: api.getComponents().getSecuritySchemes().keySet();
		for (String required : List.of("basicAuth", "bearerAuth")) {
			if (!schemes.contains(required)) {
				finding("desa-sadar-security-schemes", "components.securitySchemes", required + " is not declared");
			}
		}
		if (api.getSecurity() == null || api.getSecurity().isEmpty()) {
			finding("desa-sadar-security-schemes", "security", "no global security requirement");
		}
		else {
			securityDefined(api.getSecurity(), schemes, "security");
		}
		Map<String, String> operationIds = new HashMap<>();
		if (api.getPaths() == null || api.getPaths().isEmpty()) {
			finding("desa-sadar-paths", "paths", "the document has no operation");
			return;
		}
		api.getPaths().forEach((path, item) -> {
			if (path.length() > 1 && path.endsWith("/")) {
				finding("path-keys-no-trailing-slash", path, "ends with a slash");
			}
			if (path.contains("?")) {
				finding("path-not-include-query", path, "has a query string");
			}
			if (!path.startsWith("/api/")) {
				finding("desa-sadar-api-only", path, "is not under /api/");
			}
			item.readOperationsMap().forEach((method, operation) -> operation(path, item, method.name(), operation,
					declaredTags, schemes, operationIds));
		});
		unusedComponents(api, json);
	}

	private void info(OpenAPI api) {
		if (api.getInfo() == null) {
			finding("info-contact", "info", "no info");
			return;
		}
		if (api.getInfo().getContact() == null) {
			finding("info-contact", "info.contact", "missing");
		}
		if (blank(api.getInfo().getDescription())) {
			finding("info-description", "info.description", "missing");
		}
		if (!"Desa Sadar API".equals(api.getInfo().getTitle())) {
			finding("desa-sadar-info", "info.title", "is " + api.getInfo().getTitle());
		}
		if (blank(api.getInfo().getVersion()) || api.getInfo().getVersion().startsWith("@")
				|| api.getInfo().getVersion().equals("v0") || api.getInfo().getVersion().equals("unknown")) {
			finding("desa-sadar-info", "info.version", "not the build's version: " + api.getInfo().getVersion());
		}
	}

	private void servers(OpenAPI api) {
		if (api.getServers() == null || api.getServers().isEmpty()) {
			finding("oas3-api-servers", "servers", "empty");
			return;
		}
		api.getServers().forEach(server -> {
			if (blank(server.getUrl())) {
				finding("oas3-api-servers", "servers", "a server without url");
			}
			else if (server.getUrl().endsWith("/")) {
				finding("oas3-server-trailing-slash", "servers", server.getUrl() + " ends with a slash");
			}
		});
	}

	private void operation(String path, PathItem item, String method, Operation operation, Set<String> declaredTags,
			Set<String> schemes, Map<String, String> operationIds) {
		String where = method + " " + path;
		String id = operation.getOperationId();
		if (blank(id)) {
			finding("operation-operationId", where, "no operationId");
		}
		else {
			String earlier = operationIds.putIfAbsent(id, where);
			if (earlier != null) {
				finding("operation-operationId-unique", where, id + " is also the operationId of " + earlier);
			}
			if (!URL_SAFE.matcher(id).matches()) {
				finding("operation-operationId-valid-in-url", where, id);
			}
		}
		if (operation.getTags() == null || operation.getTags().isEmpty()) {
			finding("operation-tags", where, "no tag");
		}
		else {
			operation.getTags().stream().filter(tag -> !declaredTags.contains(tag))
				.forEach(tag -> finding("operation-tag-defined", where, tag + " is not among the document's tags"));
		}
		if (blank(operation.getDescription())) {
			finding("operation-description", where, "no description");
		}
		if (blank(operation.getSummary())) {
			finding("desa-sadar-operation-summary", where, "no summary");
		}
		if (operation.getSecurity() != null) {
			securityDefined(operation.getSecurity(), schemes, where);
		}
		parameters(path, item, where, operation);
		responses(where, operation);
		uploads(where, operation);
	}

	private void parameters(String path, PathItem item, String where, Operation operation) {
		List<Parameter> parameters = new ArrayList<>();
		if (item.getParameters() != null) {
			parameters.addAll(item.getParameters());
		}
		if (operation.getParameters() != null) {
			parameters.addAll(operation.getParameters());
		}
		Set<String> seen = new HashSet<>();
		Set<String> inPath = new HashSet<>();
		Matcher names = PATH_PARAMETER.matcher(path);
		while (names.find()) {
			inPath.add(names.group(1));
		}
		Set<String> defined = new HashSet<>();
		for (Parameter parameter : parameters) {
			if (!seen.add(parameter.getIn() + ":" + parameter.getName())) {
				finding("operation-parameters", where, parameter.getName() + " is defined twice");
			}
			if ("viewer".equalsIgnoreCase(parameter.getName())) {
				finding("desa-sadar-no-viewer", where, "the signed-in viewer is listed as a parameter");
			}
			Schema<?> schema = parameter.getSchema();
			if ("query".equals(parameter.getIn()) && schema != null
					&& (schema.get$ref() != null || "object".equals(schema.getType()))) {
				finding("desa-sadar-scalar-query", where, parameter.getName() + " is an object, not a query parameter a client can send");
			}
			if ("path".equals(parameter.getIn())) {
				defined.add(parameter.getName());
				if (!inPath.contains(parameter.getName())) {
					finding("path-params", where, parameter.getName() + " is not in the path");
				}
				if (!Boolean.TRUE.equals(parameter.getRequired())) {
					finding("path-params", where, parameter.getName() + " is not required");
				}
			}
		}
		inPath.stream().filter(name -> !defined.contains(name))
			.forEach(name -> finding("path-params", where, "{" + name + "} is not defined as a path parameter"));
	}

	private void responses(String where, Operation operation) {
		if (operation.getResponses() == null || operation.getResponses().isEmpty()) {
			finding("operation-success-response", where, "no responses");
			return;
		}
		boolean success = operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
		if (!success) {
			finding("operation-success-response", where, "no 2xx or 3xx response");
		}
		operation.getResponses().forEach((code, response) -> {
			if (blank(response.getDescription())) {
				finding("desa-sadar-response-description", where + " " + code, "no description");
			}
			if ((code.startsWith("4") || code.startsWith("5")) && !isProblem(response)) {
				finding("desa-sadar-problem-on-errors", where + " " + code, "not problem JSON with the Problem schema");
			}
		});
	}

	private static boolean isProblem(ApiResponse response) {
		if (response.getContent() == null) {
			return false;
		}
		MediaType problem = response.getContent().get(PROBLEM_JSON);
		return problem != null && problem.getSchema() != null
				&& "#/components/schemas/Problem".equals(problem.getSchema().get$ref());
	}

	/** A binary part is sent as a form: a client generator then sends a file, not a JSON string. */
	private void uploads(String where, Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		operation.getRequestBody().getContent().forEach((type, media) -> {
			Schema<?> schema = media.getSchema();
			boolean binary = schema != null && schema.getProperties() != null && schema.getProperties().values().stream()
				.anyMatch(property -> "binary".equals(property.getFormat()));
			if (binary && !type.equals("multipart/form-data")) {
				finding("desa-sadar-multipart-uploads", where, "a file sent as " + type);
			}
		});
		if (where.startsWith("POST /api/v1/imports/")
				&& !operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			finding("desa-sadar-multipart-uploads", where, "an import that takes no multipart/form-data");
		}
	}

	private void securityDefined(List<SecurityRequirement> requirements, Set<String> schemes, String where) {
		requirements.forEach(requirement -> requirement.keySet().stream().filter(name -> !schemes.contains(name))
			.forEach(name -> finding("desa-sadar-security-schemes", where, name + " is not a declared security scheme")));
	}

	/** oas3-unused-component: a schema that nothing names is dead weight, or a sign of a lost reference. */
	private void unusedComponents(OpenAPI api, String json) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Integer> named = new HashMap<>();
		Matcher refs = REF.matcher(json);
		while (refs.find()) {
			named.merge(refs.group(1), 1, Integer::sum);
		}
		BiConsumer<String, Object> check = (name, schema) -> {
			if (!named.containsKey(name)) {
				finding("oas3-unused-component", "components.schemas." + name, "is never referenced");
			}
		};
		api.getComponents().getSchemas().forEach(check);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
