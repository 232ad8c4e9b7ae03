package id.desasadar.apidoc;

import java.util.List;
import java.util.function.Supplier;

import id.desasadar.DesaSadarApplication;
import id.desasadar.account.Viewer;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document at {@code /v3/api-docs}: the JSON API under {@code /api/**} only (springdoc.paths-to-match),
 * with HTTP Basic and bearer tokens declared, the signed-in {@link Viewer} kept out of the parameters (it is the
 * caller, not an input), and each operation's answers as {@link SuccessAnswers} and {@link ErrorAnswers} read them
 * from the code.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	static final String PROBLEM = "Problem";
	static final String FIELD_ERROR = "FieldError";
	static final String BASIC = "basicAuth";
	static final String BEARER = "bearerAuth";

	static {
		// Resolved from the security context by account.ViewerArgumentResolver: no client sends it.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	@Bean
	OpenAPI desaSadarApi(@Value("${desa-sadar.api.version:unknown}") String version,
			@Value("${desa-sadar.public-url:}") String publicUrl) {
		OpenAPI api = new OpenAPI()
			.info(new Info().title("Desa Sadar API").version(version)
				.description("The JSON API of Desa Sadar, for the agency's systems, village information systems and "
						+ "scripts. The contract, with its conventions (paging, errors, access by role and scope), is "
						+ "docs/api.md of the project; errors are RFC 9457 problem JSON with a stable `code`.")
				.contact(new Contact().name("Desa Sadar").url("https://desasadar.id")))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("The account's username and password, as on the sign-in page."))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("dsp_...")
					.description("A personal access token of the account (`Authorization: Bearer dsp_...`), "
							+ "no wider than the account's scopes."))
				.addSchemas(PROBLEM, problem())
				.addSchemas(FIELD_ERROR, fieldError()))
			// either scheme: two requirements, each enough alone
			.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
		if (!publicUrl.isBlank()) {
			api.servers(List.of(new Server().url(publicUrl.strip().replaceAll("/+$", "")).description("Desa Sadar")));
		}
		return api;
	}

	/** The one error shape, as support.ApiProblems writes it. */
	static Schema<?> problem() {
		return new ObjectSchema()
			.description("RFC 9457 problem details, with the stable `code` of docs/api.md, Conventions, and more "
					+ "members where a problem has them (`existingWorkerId`, `currentVersion`, `retryAfterSeconds`, ...).")
			.addProperty("type", new StringSchema().format("uri").example("https://desasadar.id/problems/invalid-input"))
			.addProperty("title", new StringSchema().description("The status in the caller's language"))
			.addProperty("status", new IntegerSchema().format("int32"))
			.addProperty("detail", new StringSchema().description("What went wrong, in the caller's language"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("code", new StringSchema().description("Stable, for clients to act on: `duplicate-nik`, ..."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
				.description("On `400`: every bad field or parameter"))
			.additionalProperties(true)
			.required(List.of("type", "title", "status", "code"));
	}

	static Schema<?> fieldError() {
		return new ObjectSchema()
			.description("One bad field: its name in the request (`nik`, `worker.birthDate`, a query parameter) "
					+ "and a message in the caller's language.")
			.addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
	}

	@Bean
	OperationCustomizer operationAnswers() {
		// The bytecode is read on the first request of the document, not at start.
		Supplier<Bytecode> bytecode = SingletonSupplier.of(() -> new Bytecode(
				DesaSadarApplication.class.getPackageName().replace('.', '/'), OpenApiDocument.class.getClassLoader()));
		Supplier<OperationTexts> texts = SingletonSupplier.of(OperationTexts::load);
		return (operation, handler) -> {
			Mapping mapping = Mapping.of(handler.getMethod());
			texts.get().describe(operation, mapping);
			new SuccessAnswers(bytecode.get()).describe(operation, mapping);
			new ErrorAnswers(new ThrownProblems(bytecode.get())).describe(operation, mapping);
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer tidyDocument() {
		return new DocumentTidy();
	}
}
