package id.desasadar.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and chromedriver, started as stack.md says: the fixed binaries (so Selenium Manager never
 * tries to download one), headless, with the background networking off (the network is closed here), and a
 * fresh profile under {@code target/}. Public for the page-weight benchmark (id.desasadar.benchmark).
 */
public final class Chromium {

	public static final Path BINARY = Path.of("/usr/bin/chromium");
	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
	static final String INSTALL = "Chromium not installed: sudo apt-get install -y chromium chromium-driver";

	private Chromium() {
	}

	/** What stops the browser tests from running: nothing, a skip (a developer's machine) or a failure (CI). */
	public sealed interface Missing permits Skip, Fail {
		String message();
	}

	record Skip(String message) implements Missing {
	}

	record Fail(String message) implements Missing {
	}

	public static Optional<Missing> check(Path binary, Path driver, Map<String, String> environment) {
		if (Files.isExecutable(binary) && Files.isExecutable(driver)) {
			return Optional.empty();
		}
		String absent = Stream.of(binary, driver).filter(path -> !Files.isExecutable(path)).map(Path::toString)
			.reduce((a, b) -> a + " and " + b).orElseThrow();
		String ci = environment.getOrDefault("CI", "");
		if (!ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			return Optional.of(new Fail(INSTALL + " (CI is set, so the browser tests must run; missing " + absent
					+ "; .ci/run installs them with apt-get)"));
		}
		return Optional.of(new Skip(INSTALL + " (missing " + absent + ")"));
	}

	/** A headless Chromium with its own fresh profile; {@link Session#close()} quits it and removes the profile. */
	public static Session start() {
		Path profile = Path.of("target", "chromium", UUID.randomUUID().toString()).toAbsolutePath();
		try {
			Files.createDirectories(profile);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot create " + profile, ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=360,800",
				// a phone shows no scrollbar, and screenshots should not either
				"--hide-scrollbars");
		// The console is read by the tests, to catch what the Content-Security-Policy refuses.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Session(driver, profile);
	}

	public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

		@Override
		public void close() {
			try {
				driver.quit();
			}
			finally {
				deleteQuietly(profile);
			}
		}

		private static void deleteQuietly(Path folder) {
			try (Stream<Path> paths = Files.walk(folder)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a leftover profile under target/ is harmless
			}
		}
	}
}
