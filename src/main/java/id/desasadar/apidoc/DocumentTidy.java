package id.desasadar.apidoc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The whole document's last touches: the tags the operations use, declared once, and no schema left that no
 * operation reaches (the Viewer, springdoc's own Pageable and the query records it no longer lists).
 */
final class DocumentTidy implements OpenApiCustomizer {

	private static final Pattern REF = Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)");

	@Override
	public void customise(OpenAPI api) {
		Set<String> tags = new TreeSet<>();
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				if (operation.getTags() != null) {
					tags.addAll(operation.getTags());
				}
			}));
		}
		api.setTags(tags.stream().map(name -> new Tag().name(name)
			.description("The operations of the " + name + " module")).toList());
		if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
			Set<String> used = reachable(api);
			api.getComponents().getSchemas().keySet().retainAll(used);
		}
	}

	/** The schemas the paths name, and those these name in turn. */
	private static Set<String> reachable(OpenAPI api) {
		Set<String> used = new LinkedHashSet<>(refs(api.getPaths()));
		Deque<String> todo = new ArrayDeque<>(used);
		while (!todo.isEmpty()) {
			Schema<?> schema = api.getComponents().getSchemas().get(todo.poll());
			for (String ref : refs(schema)) {
				if (used.add(ref)) {
					todo.add(ref);
				}
			}
		}
		return used;
	}

	private static Set<String> refs(Object part) {
		Set<String> refs = new LinkedHashSet<>();
		if (part == null) {
			return refs;
		}
		try {
			Matcher matcher = REF.matcher(Json.mapper().writeValueAsString(part));
			while (matcher.find()) {
				refs.add(matcher.group(1));
			}
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the document cannot be written", ex);
		}
		return refs;
	}
}
