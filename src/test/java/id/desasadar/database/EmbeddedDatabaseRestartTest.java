package id.desasadar.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.desasadar.DesaSadarApplication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promise of the embedded default, tested on real processes: what the application answered as saved is
 * still there after the process is killed with SIGKILL, and the orphaned PostgreSQL it leaves behind does not
 * stop the next start on the same data directory.
 */
class EmbeddedDatabaseRestartTest {

	static final Duration START_PATIENCE = Duration.ofSeconds(120);
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopAll() throws InterruptedException {
		for (Process process : started) {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void keepsEverySavedRecordWhenKilledAndStartsAgain() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-test-");
		int port = freePort();
		Process first = start(dataDir, port, "first");
		String nik = "3326121203850" + String.format("%03d", ProcessHandle.current().pid() % 999 + 1);
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workers"))
			.header("Authorization", basic("staff", "demo"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"nik": "%s", "name": "Tahan Banting Contoh", "birthDate": "1985-03-12", "sex": "MALE",
					 "villageCode": "33.26.12.2008", "segment": "BPU", "sector": "TRADE", "monthlyIncome": 1000000,
					 "consent": true}""".formatted(nik)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		first.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL is left running
		first.waitFor(30, TimeUnit.SECONDS);
		assertThat(Files.exists(dataDir.resolve("postgres-17/postmaster.pid"))).isTrue();

		start(dataDir, port, "second");
		HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(location))
			.header("Authorization", basic("staff", "demo")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(nik).contains("Tahan Banting Contoh");
	}

	Process start(Path dataDir, int port, String name) throws Exception {
		Path log = dataDir.resolve(name + ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), DesaSadarApplication.class.getName(),
				"--server.port=" + port, "--desa-sadar.data-dir=" + dataDir.toAbsolutePath(),
				"--desa-sadar.embedded.clean-on-start=false", "--desa-sadar.demo=true",
				"--desa-sadar.security.bcrypt-strength=4")
			.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		started.add(process);
		Instant deadline = Instant.now().plus(START_PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the %s start ended early; see %s", name, log).isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(
						URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"") && demoAccountsReady(port)) {
					return process;
				}
			}
			catch (IOException notYetListening) {
				// keep waiting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the " + name + " start did not become healthy; see " + log);
	}

	/** Health is UP before the start-up runners have loaded the demo accounts. */
	boolean demoAccountsReady(int port) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regions/33"))
			.header("Authorization", basic("staff", "demo")).GET().build(), HttpResponse.BodyHandlers.ofString());
		return answer.statusCode() == 200;
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
