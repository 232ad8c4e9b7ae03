package id.desasadar.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lint of the OpenAPI document can fail: each rule names itself on a document that breaks it. */
class OpenApiLintUnitTest {

	/** A small document that passes every rule. */
	static final String GOOD = """
			{"openapi": "3.1.0",
			 "info": {"title": "Desa Sadar API", "version": "1.0.0", "description": "See docs/api.md",
			          "contact": {"name": "Desa Sadar"}},
			 "servers": [{"url": "http://localhost:8080"}],
			 "security": [{"basicAuth": []}, {"bearerAuth": []}],
			 "tags": [{"name": "worker"}],
			 "paths": {
			   "/api/v1/workers/{id}": {"get": {
			     "operationId": "worker", "tags": ["worker"], "summary": "Read a worker", "description": "Read a worker.",
			     "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
			     "responses": {
			       "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Worker"}}}},
			       "404": {"description": "Not Found", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
			   "/api/v1/imports/workers": {"post": {
			     "operationId": "importWorkers", "tags": ["worker"], "summary": "Import", "description": "Import.",
			     "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object",
			       "properties": {"file": {"type": "string", "format": "binary"}}}}}},
			     "responses": {"202": {"description": "Accepted"}}}}},
			 "components": {
			   "securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"},
			                       "bearerAuth": {"type": "http", "scheme": "bearer"}},
			   "schemas": {"Worker": {"type": "object", "properties": {"name": {"type": "string"}}},
			               "Problem": {"type": "object", "properties": {"code": {"type": "string"}}}}}}
			""";

	@Test
	void passesADocumentThatKeepsEveryRule() {
		assertThat(OpenApiLint.check(GOOD)).isEmpty();
	}

	@Test
	void namesEachBrokenRule() {
		String broken = GOOD
			.replace("\"contact\": {\"name\": \"Desa Sadar\"}", "\"x-contact\": 1")
			.replace("\"servers\": [{\"url\": \"http://localhost:8080\"}],", "")
			.replace("{\"bearerAuth\": []}", "{\"tokenAuth\": []}")
			.replace("\"bearerAuth\": {\"type\": \"http\", \"scheme\": \"bearer\"}", "\"otherAuth\": {\"type\": \"http\", \"scheme\": \"bearer\"}")
			.replace("\"operationId\": \"importWorkers\"", "\"operationId\": \"worker\"")
			.replace("\"tags\": [\"worker\"], \"summary\": \"Import\", \"description\": \"Import.\",", "")
			.replace("{\"name\": \"id\", \"in\": \"path\", \"required\": true, \"schema\": {\"type\": \"integer\"}}",
					"{\"name\": \"viewer\", \"in\": \"query\", \"required\": true, \"schema\": {\"$ref\": \"#/components/schemas/Worker\"}}")
			.replace("\"application/problem+json\"", "\"application/json\"")
			.replace("\"202\": {\"description\": \"Accepted\"}", "\"400\": {\"description\": \"Bad Request\"}")
			.replace("\"multipart/form-data\"", "\"application/json\"")
			.replace("\"Problem\": {", "\"Unused\": {\"type\": \"string\"}, \"Problem\": {")
			.replace("\"title\": \"Desa Sadar API\", \"version\": \"1.0.0\"", "\"title\": \"OpenAPI definition\", \"version\": \"v0\"");
		List<String> findings = OpenApiLint.check(broken);
		assertThat(findings).extracting(finding -> finding.substring(0, finding.indexOf(':')))
			.contains("info-contact", "oas3-api-servers", "desa-sadar-security-schemes", "operation-operationId-unique",
					"operation-tags", "operation-description", "desa-sadar-operation-summary", "desa-sadar-no-viewer",
					"desa-sadar-scalar-query", "path-params", "desa-sadar-problem-on-errors", "operation-success-response",
					"desa-sadar-multipart-uploads", "oas3-unused-component", "desa-sadar-info");
	}

	@Test
	void refusesWhatTheParserCannotRead() {
		assertThat(OpenApiLint.check("{\"openapi\": \"3.1.0\", \"paths\": {\"/api/v1/x\": {\"get\": {\"responses\": 7}}}}"))
			.anyMatch(finding -> finding.startsWith("swagger-parser: "));
	}

	@Test
	void refusesAPageAddressAndATrailingSlash() {
		String pages = GOOD.replace("\"/api/v1/workers/{id}\"", "\"/workers/{id}/\"");
		assertThat(OpenApiLint.check(pages)).anyMatch(f -> f.startsWith("desa-sadar-api-only: /workers/{id}/"))
			.anyMatch(f -> f.startsWith("path-keys-no-trailing-slash: /workers/{id}/"));
	}
}
