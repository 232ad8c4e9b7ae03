package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium the browser tests are skipped with the command that installs it, but fail under CI. */
class ChromiumUnitTest {

	@TempDir
	Path folder;

	Path executable(String name) throws IOException {
		return Files.createFile(folder.resolve(name), PosixFilePermissions.asFileAttribute(
				PosixFilePermissions.fromString("rwxr-xr-x")));
	}

	@Test
	void runsWhenBothChromiumAndItsDriverAreThere() throws IOException {
		assertThat(Chromium.check(executable("chromium"), executable("chromedriver"), Map.of("CI", "true"))).isEmpty();
	}

	@Test
	void skipsWithTheInstallCommandOnADeveloperMachine() throws IOException {
		var missing = Chromium.check(folder.resolve("chromium"), executable("chromedriver"), Map.of());

		assertThat(missing).containsInstanceOf(Chromium.Skip.class);
		assertThat(missing.orElseThrow().message())
			.startsWith("Chromium not installed: sudo apt-get install -y chromium chromium-driver")
			.contains(folder.resolve("chromium").toString())
			.doesNotContain("chromedriver");
	}

	@Test
	void failsUnderCi() throws IOException {
		var missing = Chromium.check(executable("chromium"), folder.resolve("chromedriver"), Map.of("CI", "true"));

		assertThat(missing).containsInstanceOf(Chromium.Fail.class);
		assertThat(missing.orElseThrow().message()).contains("sudo apt-get install -y chromium chromium-driver")
			.contains("CI");
	}

	@Test
	void skipsWhenCiIsSetToFalse() {
		assertThat(Chromium.check(folder.resolve("a"), folder.resolve("b"), Map.of("CI", "false")))
			.containsInstanceOf(Chromium.Skip.class);
	}
}
