package id.desasadar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Bahasa Indonesia first, English second: every message bundle has both languages with exactly the same
 * keys, no value is blank, and every bundle is on the application's basename list.
 */
class MessagesUnitTest {

	static final Path I18N = Path.of("src/main/resources/i18n");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		for (Path indonesian : indonesianBundles()) {
			Path english = indonesian.resolveSibling(indonesian.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English twin of %s", indonesian).exists();
			Properties id = load(indonesian);
			Properties en = load(english);
			assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys of %s against %s", english, indonesian)
				.isEqualTo(new TreeSet<>(id.stringPropertyNames()));
			for (String key : id.stringPropertyNames()) {
				assertThat(id.getProperty(key)).as("%s in %s", key, indonesian).isNotBlank();
				assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
			}
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		for (Path bundle : indonesianBundles()) {
			for (String key : load(bundle).stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyBundleIsOnTheBasenameList() throws IOException {
		Properties application = load(Path.of("src/main/resources/application.properties"));
		Set<String> basenames = Set.of(application.getProperty("spring.messages.basename").split(","));
		for (Path bundle : indonesianBundles()) {
			assertThat(basenames).contains("i18n/" + bundle.getFileName().toString().replace(".properties", ""));
		}
	}

	static Set<Path> indonesianBundles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
