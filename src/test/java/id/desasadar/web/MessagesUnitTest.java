package id.desasadar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Bahasa Indonesia first, English second: every message bundle has both languages with exactly the same
 * keys, no value is blank, and every bundle is on the application's basename list. A bundle per module, named after
 * it, and a key's module read from its first segment ({@link #MODULE_OF_PREFIX}), so that a key's file is found from
 * the key (issue #20, item 5).
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

	/**
	 * The first segment of a key names its module; where it is not the module's own name, this says which. A longer
	 * prefix wins ({@code trust.login} is the sign-in page's, {@code trust.search} the worker search's).
	 */
	static final Map<String, String> MODULE_OF_PREFIX = Map.ofEntries(Map.entry("accounts", "account"),
			Map.entry("password", "account"), Map.entry("role", "account"), Map.entry("tokens", "account"),
			Map.entry("agents", "agent"), Map.entry("campaigns", "campaign"), Map.entry("event", "campaign"),
			Map.entry("events", "campaign"), Map.entry("rules", "contribution"), Map.entry("payment", "enrollment"),
			Map.entry("registration", "enrollment"), Map.entry("consent", "enrollment"), Map.entry("coverage", "enrollment"),
			Map.entry("import", "imports"), Map.entry("regions", "region"), Map.entry("problem", "support"),
			Map.entry("villages", "village"), Map.entry("village-report", "village"), Map.entry("designation", "village"),
			Map.entry("action", "web"), Map.entry("app", "web"), Map.entry("download", "web"), Map.entry("error", "web"),
			Map.entry("form", "web"), Map.entry("home", "web"), Map.entry("nav", "web"), Map.entry("paging", "web"),
			Map.entry("login", "web"), Map.entry("trust.login", "web"), Map.entry("workers", "worker"),
			Map.entry("trust.search", "worker"));

	static String moduleOf(String key) {
		String best = null;
		for (String prefix : MODULE_OF_PREFIX.keySet()) {
			if ((key.equals(prefix) || key.startsWith(prefix + ".")) && (best == null || prefix.length() > best.length())) {
				best = prefix;
			}
		}
		return best != null ? MODULE_OF_PREFIX.get(best) : key.split("\\.")[0];
	}

	@Test
	void eachModuleHasItsBundleAndEachKeyIsInItsModulesBundle() throws IOException {
		for (Path bundle : indonesianBundles()) {
			String module = bundle.getFileName().toString().replace(".properties", "");
			assertThat(Path.of("src/main/java/id/desasadar", module)).as("the module of i18n/%s.properties", module)
				.isDirectory();
			for (String key : load(bundle).stringPropertyNames()) {
				assertThat(moduleOf(key)).as("the module of the key %s, in i18n/%s.properties", key, module)
					.isEqualTo(module);
			}
		}
		assertThat(moduleOf("trust.login.unavailable")).isEqualTo("web");
		assertThat(moduleOf("workers.list.title")).isEqualTo("worker");
		assertThat(moduleOf("audit.title")).isEqualTo("audit");
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
