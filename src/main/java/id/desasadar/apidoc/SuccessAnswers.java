package id.desasadar.apidoc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import id.desasadar.support.TableFormat;

import org.springframework.asm.Type;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The success answers as the controller really gives them: {@code 201} where it answers
 * {@code ResponseEntity.created}, {@code 202} for {@code status(HttpStatus.ACCEPTED)}, both {@code 200} and
 * {@code 201} where it chooses (a registration sent again), read from its bytecode and that of its own helpers;
 * JSON named as JSON; a table download as CSV or XLSX; an upload as {@code multipart/form-data}.
 */
final class SuccessAnswers {

	private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);
	private static final String ANSWER = ")" + Type.getDescriptor(ResponseEntity.class);

	private final Bytecode bytecode;

	SuccessAnswers(Bytecode bytecode) {
		this.bytecode = bytecode;
	}

	void describe(Operation operation, Mapping mapping) {
		ApiResponses responses = operation.getResponses();
		ApiResponse generated = responses == null ? null : responses.remove("200");
		Content content = generated == null ? null : json(generated.getContent());
		if (isDownload(mapping)) {
			content = new Content();
			for (TableFormat format : TableFormat.values()) {
				content.addMediaType(format.mediaType(), new MediaType().schema(new BinarySchema()));
			}
		}
		ApiResponses answers = new ApiResponses();
		for (int status : statuses(mapping)) {
			ApiResponse answer = new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase()).content(content);
			if (status == 201 || status == 202) {
				answer.addHeaderObject("Location", new Header().description("The address of what was created or queued")
					.schema(new StringSchema().format("uri")));
			}
			answers.addApiResponse(String.valueOf(status), answer);
		}
		if (responses != null) {
			responses.forEach(answers::addApiResponse);
		}
		operation.setResponses(answers);
		if (mapping.takesFile()) {
			operation.setRequestBody(upload());
		}
		else if (operation.getRequestBody() != null) {
			operation.getRequestBody().setContent(json(operation.getRequestBody().getContent()));
			operation.getRequestBody().setRequired(true);
		}
	}

	/** The 2xx statuses the method and its private helpers name; 200 when they name none. */
	Set<Integer> statuses(Mapping mapping) {
		Set<Integer> statuses = new TreeSet<>();
		ResponseStatus declared = mapping.method().getAnnotation(ResponseStatus.class);
		if (declared != null) {
			statuses.add(declared.code().value());
		}
		String owner = Type.getInternalName(mapping.method().getDeclaringClass());
		Deque<Bytecode.MethodRef> todo = new ArrayDeque<>();
		Set<Bytecode.MethodRef> seen = new HashSet<>();
		todo.add(Bytecode.MethodRef.of(mapping.method()));
		while (!todo.isEmpty()) {
			Bytecode.MethodRef current = todo.poll();
			Bytecode.MethodBody body = seen.add(current) ? bytecode.body(current) : null;
			if (body == null) {
				continue;
			}
			for (Bytecode.MethodRef call : body.calls) {
				if (call.owner().equals(owner) || bytecode.owns(call.owner()) && call.descriptor().endsWith(ANSWER)) {
					// its own helpers, and the application's that build the answer (contribution.RuleResponses)
					todo.add(call);
				}
				else if (call.owner().equals(RESPONSE_ENTITY)) {
					switch (call.name()) {
						case "ok" -> statuses.add(200);
						case "created" -> statuses.add(201);
						case "accepted" -> statuses.add(202);
						case "noContent" -> statuses.add(204);
						case "status" -> body.httpStatuses.stream().map(HttpStatus::valueOf)
							.filter(HttpStatus::is2xxSuccessful).forEach(s -> statuses.add(s.value()));
						default -> {
						}
					}
				}
			}
		}
		if (statuses.isEmpty()) {
			statuses.add(200);
		}
		return statuses;
	}

	/** A table written straight to the response ({@code /follow-up.{format}}, {@code /workers/export.{format}}). */
	private static boolean isDownload(Mapping mapping) {
		return mapping.method().getReturnType() == void.class && mapping.path().endsWith(".{format}");
	}

	/** Springdoc's {@code *}/{@code *} (no {@code produces} declared) named as what the API sends: JSON. */
	private static Content json(Content content) {
		if (content == null || !content.containsKey("*/*")) {
			return content;
		}
		Content named = new Content();
		named.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, content.get("*/*"));
		return named;
	}

	/** An import: the file as one part of {@code multipart/form-data}, as {@code curl -F file=@workers.csv}. */
	private static RequestBody upload() {
		ObjectSchema form = new ObjectSchema();
		form.addProperty("file", new BinarySchema().description("The CSV or XLSX file (docs/api.md, Bulk import)"));
		form.addRequiredItem("file");
		return new RequestBody().required(true)
			.content(new Content().addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
					new MediaType().schema(form)));
	}
}
