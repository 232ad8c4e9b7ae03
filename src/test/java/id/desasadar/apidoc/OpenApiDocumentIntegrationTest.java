package id.desasadar.apidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI document at {@code /v3/api-docs} as a client generator reads it (issue #16, item 8): swagger-parser
 * reads it without a message, it keeps Spectral's recommended rules ({@link OpenApiLint}), and every answer that
 * the operations really give when probed is one the document lists.
 */
@IntegrationTest
class OpenApiDocumentIntegrationTest {

	/** No record has this id or code: the probes write nothing. */
	static final String NO_ID = "987654321";

	@Autowired
	MockMvc mvc;

	String json;
	OpenAPI api;

	@BeforeEach
	void fetch() throws Exception {
		json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), json); // for a look, or a generator, after the run
		api = new OpenAPIParser().readContents(json, null, null).getOpenAPI();
	}

	@Test
	void lintsWithoutAFinding() {
		assertThat(OpenApiLint.check(json)).isEmpty();
	}

	@Test
	void describesTheJsonApiOnlyWithItsTitleAndVersion() {
		assertThat(api.getPaths().keySet()).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
		assertThat(api.getInfo().getTitle()).isEqualTo("Desa Sadar API");
		assertThat(api.getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(api.getInfo().getDescription()).contains("docs/api.md");
	}

	@Test
	void declaresBasicAndBearerEitherEnough() {
		assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basicAuth", "bearerAuth");
		assertThat(api.getComponents().getSecuritySchemes().get("basicAuth").getScheme()).isEqualTo("basic");
		assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
		assertThat(api.getSecurity()).hasSize(2);
		assertThat(api.getSecurity().get(0)).containsOnlyKeys("basicAuth");
		assertThat(api.getSecurity().get(1)).containsOnlyKeys("bearerAuth");
	}

	@Test
	void listsPagingAsParametersAndNeverTheViewer() {
		Operation search = api.getPaths().get("/api/v1/workers").getGet();
		assertThat(search.getParameters()).extracting(p -> p.getName())
			.containsExactlyInAnyOrder("villageCode", "q", "page", "size", "sort");
		assertThat(json).doesNotContain("\"viewer\"").doesNotContain("\"pageable\"");
	}

	@Test
	void takesImportsAsAFileInAForm() {
		for (String kind : List.of("workers", "payments", "participant-numbers")) {
			Operation upload = api.getPaths().get("/api/v1/imports/" + kind).getPost();
			assertThat(upload.getRequestBody().getContent()).containsOnlyKeys("multipart/form-data");
			Schema<?> form = upload.getRequestBody().getContent().get("multipart/form-data").getSchema();
			assertThat(form.getProperties().get("file").getFormat()).isEqualTo("binary");
			assertThat(form.getRequired()).containsExactly("file");
			assertThat(upload.getResponses()).containsKeys("202", "400", "401", "403", "413").doesNotContainKey("200");
			assertThat(upload.getResponses().get("202").getHeaders()).containsKey("Location");
		}
	}

	@Test
	void namesTheAnswersOfApiMd() {
		Operation register = api.getPaths().get("/api/v1/workers").getPost();
		assertThat(register.getResponses()).containsKeys("201", "400", "401", "403", "409").doesNotContainKey("200");
		assertThat(register.getResponses().get("409").getDescription()).contains("`duplicate-nik`");
		Operation registration = api.getPaths().get("/api/v1/registrations").getPost();
		assertThat(registration.getResponses()).containsKeys("200", "201", "409", "422");
		assertThat(registration.getResponses().get("409").getDescription()).contains("`client-id-reused`");
		Operation designation = api.getPaths().get("/api/v1/villages/{code}/designation").getPost();
		assertThat(designation.getResponses().get("422").getDescription()).contains("`designation-not-ready`");
		Operation export = api.getPaths().get("/api/v1/workers/export.{format}").getGet();
		assertThat(export.getResponses().get("200").getContent()).containsKey("text/csv;charset=UTF-8");
		assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
			.containsKeys("type", "title", "status", "detail", "instance", "code", "errors");
	}

	@Test
	void everySummaryNamesAnOperation() throws IOException {
		Set<String> operations = new TreeSet<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
			.forEach(method -> operations.add(method.name() + " " + path)));
		Set<String> summarised = new TreeSet<>();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(OperationTexts.SUMMARIES)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.contains("|") && !line.startsWith("#")) {
					summarised.add(line.substring(0, line.indexOf('|')).strip());
				}
			}
		}
		assertThat(summarised).isEqualTo(operations);
	}

	/**
	 * Each operation called without credentials, by a village head and by the administrator (a record that does not
	 * exist, an empty body, no file), and from another site: the status it answers is among those the document lists
	 * for it. An answer the code gives that the document forgot fails here.
	 */
	@Test
	void documentsEveryAnswerTheOperationsGive() throws Exception {
		List<String> undocumented = new ArrayList<>();
		for (var path : api.getPaths().entrySet()) {
			for (var entry : path.getValue().readOperationsMap().entrySet()) {
				String method = entry.getKey().name();
				Operation operation = entry.getValue();
				String uri = path.getKey().replace("{clientId}", UUID.randomUUID().toString())
					.replace("{code}", "33.26.99.9999").replace("{format}", "csv").replaceAll("\\{[A-Za-z]+}", NO_ID);
				boolean upload = operation.getRequestBody() != null
						&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
				boolean body = operation.getRequestBody() != null && !upload;
				List<String> probes = List.of("anonymous", "kades.wonopringgo", "admin", "admin from another site");
				for (String probe : probes) {
					if (probe.endsWith("another site") && method.equals("GET")) {
						continue;
					}
					AbstractMockHttpServletRequestBuilder<?> request = upload ? multipart(uri)
							: request(HttpMethod.valueOf(method), uri);
					if (body) {
						request.contentType(MediaType.APPLICATION_JSON).content("{}");
					}
					if (!probe.equals("anonymous")) {
						request.with(httpBasic(probe.split(" ")[0], "demo"));
					}
					if (probe.endsWith("another site")) {
						request.header("Origin", "https://elsewhere.example");
					}
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					if (!operation.getResponses().containsKey(String.valueOf(status))) {
						undocumented.add(method + " " + path.getKey() + " answered " + status + " to " + probe
								+ ", documented " + operation.getResponses().keySet());
					}
					if (probe.equals("anonymous") && status != 401) {
						undocumented.add(method + " " + path.getKey() + " answered " + status + " without credentials");
					}
				}
			}
		}
		assertThat(undocumented).isEmpty();
	}
}
