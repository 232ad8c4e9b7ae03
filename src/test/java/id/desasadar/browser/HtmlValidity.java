package id.desasadar.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (the engine of the W3C's validator) run in the test's JVM on a page as the application
 * serves it (issue #19, item 6: "the pages valid HTML apart from htmx's attributes"). Its errors, and its
 * fatal parse errors, are the page's problems; its warnings and notes are not.
 * <p>
 * Ignored, and only these: htmx's {@code hx-*} attributes, which the HTML standard does not know (htmx reads
 * them and also accepts {@code data-hx-*}, but the templates use the short form, as htmx's documentation does).
 * Everything else, {@code data-*} included, is checked as the standard says.
 */
final class HtmlValidity {

	/** The checker's words for an attribute it does not know: "Attribute “hx-get” not allowed on element “a” ...". */
	static final Pattern HTMX_ATTRIBUTE = Pattern.compile("^Attribute “hx-[a-z:-]+” not allowed on element .*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EmbeddedValidator validator = new EmbeddedValidator();

	/** Each error of {@code html}: its line, the checker's message and the markup around it. */
	List<String> errors(String html) {
		String report;
		try {
			report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SAXException ex) {
			return List.of("not parsed: " + ex.getMessage());
		}
		List<String> errors = new ArrayList<>();
		for (JsonNode message : JSON.readTree(report).path("messages")) {
			String type = message.path("type").asString();
			String text = message.path("message").asString();
			boolean error = type.equals("error") || type.equals("non-document-error")
					|| message.path("subType").asString().equals("fatal");
			if (error && !HTMX_ATTRIBUTE.matcher(text).matches()) {
				errors.add("line %s: %s [%s]".formatted(message.path("lastLine").asString(), text,
						message.path("extract").asString().strip()));
			}
		}
		return errors;
	}
}
