package id.desasadar.apidoc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Operation;

/**
 * An operation's tag (its feature module), summary (one line of {@code apidoc/summaries.txt}, keyed as api.md names
 * operations: {@code POST /api/v1/workers}) and description (the summary and who may call it, read from the role
 * check). An operation without a summary is left without one, which the document's lint test refuses: a new
 * endpoint is documented when it is added.
 */
final class OperationTexts {

	static final String SUMMARIES = "apidoc/summaries.txt";

	private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

	private final Map<String, String> summaries;

	OperationTexts(Map<String, String> summaries) {
		this.summaries = Map.copyOf(summaries);
	}

	static OperationTexts load() {
		Map<String, String> summaries = new LinkedHashMap<>();
		try (InputStream in = OperationTexts.class.getClassLoader().getResourceAsStream(SUMMARIES)) {
			if (in == null) {
				throw new IllegalStateException(SUMMARIES + " is missing");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
			for (String line : lines) {
				int bar = line.indexOf('|');
				if (!line.isBlank() && !line.startsWith("#") && bar > 0) {
					summaries.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OperationTexts(summaries);
	}

	void describe(Operation operation, Mapping mapping) {
		operation.setTags(List.of(mapping.module()));
		String summary = summaries.get(mapping.key());
		if (summary == null) {
			return;
		}
		operation.setSummary(summary);
		operation.setDescription(summary + ".\n\n" + whoMay(mapping.roleCheck()) + " See docs/api.md.");
	}

	static String whoMay(String roleCheck) {
		if (roleCheck == null) {
			return "Any signed-in account (records outside its scopes are `404` or left out of lists).";
		}
		Matcher roles = ROLE.matcher(roleCheck);
		StringBuilder names = new StringBuilder();
		while (roles.find()) {
			names.append(names.isEmpty() ? "" : ", ").append(roles.group(1));
		}
		return "Roles: " + names + " (any other role: `403`).";
	}
}
