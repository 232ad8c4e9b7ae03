package id.desasadar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the message files: a template may hold text only inside an element whose
 * text Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace}), and visible attributes
 * (placeholder, title, alt, aria-label, value of buttons) only in their {@code th:} form.
 */
class TemplateTextUnitTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	/** The inside of a tag, where a quoted attribute value may hold '>'. */
	static final String TAG_BODY = "(?:[^>\"']|\"[^\"]*\"|'[^']*')*";
	static final Pattern REPLACED_ELEMENT = Pattern.compile(
			"<(\\w+)\\b" + TAG_BODY + "\\bth:(?:text|utext|replace|insert)=" + TAG_BODY + ">(?:(?!<\\1\\b).)*?</\\1>",
			Pattern.DOTALL);
	static final Pattern SELF_CLOSING_OR_TAG = Pattern.compile("<" + TAG_BODY + ">", Pattern.DOTALL);
	static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
	static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
	/** Text that needs no translation: numbers, punctuation, separators, language names in their own language. */
	static final Pattern NEUTRAL = Pattern.compile("[\\s\\d.,:;·/()×%+\\-–|…#*]*|ID|EN|Bahasa Indonesia|English");

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				hardCodedText(Files.readString(file)).forEach(text -> found.add(TEMPLATES.relativize(file) + ": " + text));
			}
		}
		assertThat(found).as("hard-coded text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void theScanFindsTextAndAttributesLeftOutOfTheMessages() {
		String html = """
				<div th:if="${a > 1}"><p th:text="#{ok}">placeholder text</p><span>Simpan</span>
				<input placeholder="Nama"><input th:placeholder="#{name}"> 12 · 3 </div>""";
		assertThat(hardCodedText(html)).containsExactly("placeholder=\"Nama\"", "\"Simpan\"");
	}

	static List<String> hardCodedText(String template) {
		List<String> found = new ArrayList<>();
		String html = COMMENT.matcher(template).replaceAll("");
		html = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
		Matcher attributes = VISIBLE_ATTRIBUTE.matcher(html);
		while (attributes.find()) {
			if (!NEUTRAL.matcher(attributes.group(2)).matches()) {
				found.add(attributes.group(1) + "=\"" + attributes.group(2) + "\"");
			}
		}
		String previous;
		do {
			previous = html;
			html = REPLACED_ELEMENT.matcher(html).replaceAll(" ");
		}
		while (!html.equals(previous));
		for (String text : SELF_CLOSING_OR_TAG.split(html)) {
			String trimmed = text.strip();
			if (!trimmed.isEmpty() && !NEUTRAL.matcher(trimmed).matches() && !trimmed.startsWith("<!DOCTYPE")) {
				found.add("\"" + trimmed.replaceAll("\\s+", " ") + "\"");
			}
		}
		return found;
	}
}
