package id.desasadar.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an API call costs with HTTP Basic and with a personal access token, beside the do-nothing floor (issue #16,
 * item 7), in one run over real HTTP: the median, p95 and p99 of a trivial signed-in {@code GET /api/v1/regions/33}
 * with Basic (BCrypt at the shipped cost, 10), with {@code Authorization: Bearer}, and of the unauthenticated
 * {@code /actuator/health}. The three are sent in turn, round after round, so that whatever else the machine does
 * weighs on each alike. It prints figures and never fails on them. Run it with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.test=ApiCostBenchmark} (docs/performance.md, API calls).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"desa-sadar.data-dir=target/benchmark-api-data", "desa-sadar.embedded.clean-on-start=true",
		"desa-sadar.demo=false", "desa-sadar.admin-password=" + ApiCostBenchmark.PASSWORD,
		"desa-sadar.security.bcrypt-strength=10", "logging.level.root=warn" })
class ApiCostBenchmark {

	static final String PASSWORD = "benchmark-admin-api";
	private static final Pattern SECRET = Pattern.compile("\"secret\":\"(dsp_[A-Za-z0-9_-]{43})\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void measuresBasicTokenAndTheFloor() throws Exception {
		int rounds = Integer.getInteger("benchmark.api.rounds", 300);
		String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String created = http.send(HttpRequest.newBuilder(uri("/api/v1/account/tokens")).header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"scope\": \"READ_ONLY\"}")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher secret = SECRET.matcher(created);
		if (!secret.find()) {
			throw new IllegalStateException("no token created: " + created);
		}
		String bearer = "Bearer " + secret.group(1);
		List<Call> calls = List.of(new Call("health (no sign-in)", "/actuator/health", null),
				new Call("HTTP Basic", "/api/v1/regions/33", basic), new Call("access token", "/api/v1/regions/33", bearer));
		for (int i = 0; i < 50; i++) {
			for (Call call : calls) {
				call.send(false);
			}
		}
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < calls.size(); i++) {
				calls.get((round + i) % calls.size()).send(true);
			}
		}
		List<String> report = new ArrayList<>();
		report.add("Desa Sadar API cost benchmark: %d rounds of GET /api/v1/regions/33 and /actuator/health; %d cores"
			.formatted(rounds, Runtime.getRuntime().availableProcessors()));
		report.add("  %-22s %8s %8s %8s %8s".formatted("call", "median", "p95", "p99", "max"));
		for (Call call : calls) {
			Timings t = Timings.of(call.name, call.nanos.stream().mapToLong(Long::longValue).toArray());
			report.add(String.format(Locale.ROOT, "  %-22s %6.1f ms %6.1f ms %6.1f ms %6.1f ms", call.name, t.p50(), t.p95(),
					t.p99(), t.max()));
		}
		System.out.println(String.join(System.lineSeparator(), report));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private final class Call {

		final String name;
		final String path;
		final String authorization;
		final List<Long> nanos = new ArrayList<>();

		Call(String name, String path, String authorization) {
			this.name = name;
			this.path = path;
			this.authorization = authorization;
		}

		void send(boolean measured) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(name + ": " + response.statusCode() + " " + response.body());
			}
			if (measured) {
				nanos.add(took);
			}
		}
	}
}
