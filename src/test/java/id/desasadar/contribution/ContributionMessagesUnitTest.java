package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContributionMessagesUnitTest {

	private static final Pattern KEY_IN_CODE = Pattern.compile("\"(contribution\\.(?:input|rule|warning)\\.[a-z.-]+[a-z])\"");

	@Test
	@DisplayName("style.md: Bahasa Indonesia first and English second, with the same keys")
	void keepsBothLanguagesInStep() throws IOException {
		assertThat(load("i18n/contribution_en.properties").stringPropertyNames())
				.containsExactlyInAnyOrderElementsOf(load("i18n/contribution.properties").stringPropertyNames());
	}

	@Test
	@DisplayName("api.md Conventions: every message key the module uses has a message")
	void hasAMessageForEveryKeyInTheCode() throws IOException {
		Set<String> used = new HashSet<>();
		try (Stream<Path> sources = Files.list(Path.of("src/main/java/id/desasadar/contribution"))) {
			for (Path source : sources.toList()) {
				Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
				while (key.find()) {
					used.add(key.group(1));
				}
			}
		}
		// built from the parameter's name in QuoteParameters, and from the warning codes of RateTable
		Stream.of("segment", "monthly-income", "date", "sector", "payer", "employer-size", "risk-class")
				.forEach(field -> used.add("contribution.input." + field + ".invalid"));
		Stream.of(RateTable.INCOME_BRACKET_UNKNOWN, RateTable.WAGE_CAP_UNKNOWN)
				.forEach(code -> used.add("contribution.warning." + code));

		assertThat(used).hasSizeGreaterThan(15);
		assertThat(load("i18n/contribution.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String resource) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = ContributionMessagesUnitTest.class.getClassLoader().getResourceAsStream(resource)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}
}
