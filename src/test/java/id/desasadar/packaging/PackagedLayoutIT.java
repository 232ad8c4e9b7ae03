package id.desasadar.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.yaml.snakeyaml.Yaml;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #7, Packaging: no Docker engine runs on these machines, so this checks what can be checked without
 * one. It takes the jar that {@code package} built, runs the extract command of the Dockerfile on it, copies
 * the layers in the Dockerfile's order, and starts its ENTRYPOINT there with the environment of the app service
 * of docker-compose.yml, against a PostgreSQL with the database, user and password the compose file gives
 * (only the host name {@code postgres} becomes this machine). The application must migrate the empty database,
 * report liveness and readiness UP, serve the sign-in page, log JSON lines, and stop gracefully on SIGTERM.
 * <p>
 * Runs with Failsafe after {@code package} ({@code ./mvnw verify}), since it needs the jar.
 */
class PackagedLayoutIT {

	private static final Path PROJECT = Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();
	private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies",
			"application");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void theLayeredJarStartsAsTheDockerfileRunsItAgainstTheComposeDatabase(@TempDir Path work) throws Exception {
		Dockerfile dockerfile = Dockerfile.read(PROJECT.resolve("Dockerfile"));
		assertThat(dockerfile.copiedLayers()).as("layers copied by the Dockerfile, in order").isEqualTo(LAYERS);

		Path jar = packagedJar();
		Path layers = Files.createDirectories(work.resolve("layers"));
		Files.copy(jar, layers.resolve("application.jar"));
		run(layers, dockerfile.extractCommand(), Duration.ofMinutes(2));
		Path application = Files.createDirectories(work.resolve("application"));
		for (String layer : LAYERS) {
			Path from = layers.resolve("extracted").resolve(layer);
			if (Files.isDirectory(from)) {
				FileSystemUtils.copyRecursively(from, application);
			}
		}

		Map<String, Map<String, Object>> services = composeServices();
		Map<String, String> database = stringsOf(services.get("postgres").get("environment"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(true).start()) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement sql = connection.createStatement()) {
				sql.execute("create role " + database.get("POSTGRES_USER") + " login password '"
						+ database.get("POSTGRES_PASSWORD") + "'");
				sql.execute("create database " + database.get("POSTGRES_DB") + " owner " + database.get("POSTGRES_USER"));
			}
			int port = freePort();
			Map<String, String> environment = new HashMap<>();
			stringsOf(services.get("app").get("environment")).forEach((name, value) -> environment.put(name,
					value.replace("//postgres:5432/", "//localhost:" + postgres.getPort() + "/")
						.replaceAll("^\\$\\{DESA_SADAR_ADMIN_PASSWORD.*}$", "packaged-layout-admin-password")));
			environment.put("SERVER_PORT", Integer.toString(port));
			assertThat(environment.get("SPRING_DATASOURCE_URL")).contains("localhost:" + postgres.getPort());

			ProcessBuilder builder = new ProcessBuilder(javaOf(dockerfile.entrypoint())).directory(application.toFile())
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("application.log").toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			try {
				String readiness = awaitUp(process, "http://localhost:" + port + "/actuator/health/readiness",
						work.resolve("application.log"));
				assertThat(readiness).contains("\"UP\"");
				assertThat(get("http://localhost:" + port + "/actuator/health/liveness").body()).contains("\"UP\"");
				HttpResponse<String> login = get("http://localhost:" + port + "/login");
				assertThat(login.statusCode()).isEqualTo(200);
				assertThat(login.body()).contains("Desa Sadar");
			}
			finally {
				process.destroy(); // SIGTERM, as docker stop sends
				boolean stopped = process.waitFor(40, TimeUnit.SECONDS);
				if (!stopped) {
					process.destroyForcibly();
				}
				assertThat(stopped).as("stops within the grace period on SIGTERM").isTrue();
			}
			String log = Files.readString(work.resolve("application.log"));
			assertThat(log).contains("Commencing graceful shutdown");
			assertThat(log.lines().filter(line -> line.contains("Started DesaSadarApplication")).findFirst())
				.as("logs as JSON, as the compose file asks").hasValueSatisfying(line -> assertThat(line)
					.startsWith("{\"@timestamp\"").contains("\"log\":{\"level\":\"INFO\""));
		}
	}

	/** The ENTRYPOINT's {@code java} is this JDK's, since the image's JRE is not here. */
	private static List<String> javaOf(List<String> entrypoint) {
		List<String> command = new ArrayList<>(entrypoint);
		assertThat(command.get(0)).isEqualTo("java");
		command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
		return command;
	}

	private String awaitUp(Process process, String url, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("the application stopped: " + Files.readString(log));
			}
			try {
				HttpResponse<String> response = get(url);
				if (response.statusCode() == 200) {
					return response.body();
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("not ready within 3 minutes: " + Files.readString(log));
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(PROJECT.resolve("target"))) {
			return files.filter(f -> f.getFileName().toString().matches("desa-sadar-.*\\.jar")).findFirst()
				.orElseThrow(() -> new AssertionError("no packaged jar in target/: run ./mvnw verify"));
		}
	}

	private static void run(Path directory, List<String> command, Duration timeout) throws Exception {
		Process process = new ProcessBuilder(javaOf(command)).directory(directory.toFile()).inheritIO().start();
		assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> composeServices() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(PROJECT.resolve("docker-compose.yml")));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> stringsOf(Object environment) {
		Map<String, String> strings = new HashMap<>();
		((Map<String, Object>) environment).forEach((name, value) -> strings.put(name, String.valueOf(value)));
		return strings;
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The lines of the Dockerfile this test follows. */
	record Dockerfile(List<String> extractCommand, List<String> copiedLayers, List<String> entrypoint) {

		static Dockerfile read(Path file) throws IOException {
			List<String> extract = null;
			List<String> layers = new ArrayList<>();
			List<String> entrypoint = null;
			Pattern copy = Pattern.compile("^COPY --from=\\S+ /layers/extracted/([a-z-]+)/ \\./$");
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith("RUN java -Djarmode=tools")) {
					extract = List.of(line.substring("RUN ".length()).split(" +"));
				}
				Matcher copied = copy.matcher(line);
				if (copied.matches()) {
					layers.add(copied.group(1));
				}
				if (line.startsWith("ENTRYPOINT [")) {
					entrypoint = new ArrayList<>();
					Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(line);
					while (word.find()) {
						entrypoint.add(word.group(1));
					}
				}
			}
			assertThat(extract).as("the Dockerfile's extract command").isNotNull();
			assertThat(entrypoint).as("the Dockerfile's ENTRYPOINT").isNotNull();
			return new Dockerfile(extract, layers, entrypoint);
		}
	}
}
