package id.desasadar.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import id.desasadar.village.ReadyVillages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The national-scale benchmark (issue #4, item 7): generates {@code benchmark.workers} workers (default
 * 2,000,000) over the 8,563 villages of Jawa Tengah, then measures over HTTP against the running application,
 * as the administrator of province 33 with HTTP Basic: the full dashboard of the province and of a regency
 * (the report behind the dashboard page: figures, children, statuses, months, top events, Desa Sadar
 * villages), a worker search by name, and the streamed follow-up CSV of the province. It prints its figures
 * with PASS or MISS against the targets and never fails on a missed target: it reports.
 * <p>
 * Run it with {@code ./mvnw -Pbenchmark verify} (docs/performance.md). Its name ends in Benchmark, so the
 * usual {@code ./mvnw verify} (Surefire's *Test and *Tests) never runs it. BCrypt runs at cost 4 here: every
 * request checks the password, and the benchmark measures the application, not password hashing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"desa-sadar.data-dir=target/benchmark-data",
		"desa-sadar.embedded.clean-on-start=${benchmark.fresh-data:true}",
		"desa-sadar.demo=false", "desa-sadar.admin-password=" + NationalScaleBenchmark.PASSWORD,
		"desa-sadar.security.bcrypt-strength=4", "logging.level.root=warn" })
class NationalScaleBenchmark {

	static final String PASSWORD = "benchmark-admin";

	private static final int WARM_UP = 20; // also under the time budget
	private static final int TIMED = 200;
	private static final double LATENCY_TARGET_MS = 100;
	private static final double EXPORT_TARGET_S = 30;

	private static final List<String> NAME_FRAGMENTS = List.of("budi", "santoso", "sri lestari", "wati", "eko prabowo 5",
			"paijo raharjo 12", "kart", "nugroho 9", "ngatini", "ti wij", "slamet hidayat", "purwanti 3");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ReadyVillages readyVillages;

	private final HttpClient http = HttpClient.newHttpClient();
	private final String authorization = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	@Test
	void nationalScale() throws Exception {
		int workers = Integer.getInteger("benchmark.workers", 2_000_000);
		List<String> report = new ArrayList<>();
		report.add("Desa Sadar national-scale benchmark: %,d workers requested; %d cores, max heap %,d MB; BCrypt cost 4"
			.formatted(workers, Runtime.getRuntime().availableProcessors(), HeapSampler.max() >> 20));

		long start = System.nanoTime();
		long present = new JdbcTemplate(dataSource).queryForObject("select count(*) from worker", Long.class);
		if (Boolean.parseBoolean(System.getProperty("benchmark.fresh-data", "true")) || present != workers) {
			Map<String, Long> counts;
			try (Connection connection = dataSource.getConnection()) {
				counts = new NationalDataSet(new JdbcTemplate(new SingleConnectionDataSource(connection, true)))
					.generate(workers);
			}
			double generation = (System.nanoTime() - start) / 1e9;
			report.add("Generated in %.1f s (including index builds and ANALYZE): %s".formatted(generation, counts));
		}
		else {
			report.add("Data set kept by a previous run measured again (-Dbenchmark.fresh-data=false): %,d workers".formatted(present));
		}
		System.out.println(report.get(report.size() - 1));
		System.out.flush();

		// The Desa Sadar readiness of every village touched by the load, assessed once as after any bulk load,
		// rather than by the first timed requests or by the scheduled repair while they run.
		start = System.nanoTime();
		readyVillages.repair();
		report.add("Readiness of the villages assessed in %.1f s".formatted((System.nanoTime() - start) / 1e9));
		System.out.println(report.get(report.size() - 1));

		// The full dashboard, as its page shows it: figures, children, statuses, months, top events, villages.
		List<Timings> timings = new ArrayList<>();
		timings.add(measure("dashboard 33", i -> "/api/v1/dashboard/coverage?regionCode=33"));
		timings.add(measure("dashboard 33.26", i -> "/api/v1/dashboard/coverage?regionCode=33.26"));
		timings.add(measure("worker search q=", i -> "/api/v1/workers?size=20&q="
				+ NAME_FRAGMENTS.get(i % NAME_FRAGMENTS.size()).replace(" ", "+")));

		report.add("");
		report.add("%-20s %6s %9s %9s %9s %9s  %s".formatted("request", "n", "p50 ms", "p95 ms", "p99 ms", "max ms",
				"target p95 < 100 ms"));
		for (Timings t : timings) {
			report.add("%-20s %6d %9.1f %9.1f %9.1f %9.1f  %s".formatted(t.name(), t.count(), t.p50(), t.p95(), t.p99(),
					t.max(), t.p95() < LATENCY_TARGET_MS ? "PASS" : "MISS"));
		}
		report.add("worker search fragments: " + NAME_FRAGMENTS);
		report.addAll(export());

		String text = String.join(System.lineSeparator(), report);
		System.out.println(System.lineSeparator() + text + System.lineSeparator());
		Files.writeString(Path.of("target", "benchmark-results.txt"), text + System.lineSeparator());
	}

	private Timings measure(String name, java.util.function.IntFunction<String> path) throws Exception {
		long warmUpEnd = System.nanoTime() + Long.getLong("benchmark.budget-seconds", 120) * 1_000_000_000L;
		for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnd; i++) {
			get(path.apply(i));
		}
		// A time budget per measurement, so that a slow endpoint still lets the run finish: fewer requests then.
		long budget = Long.getLong("benchmark.budget-seconds", 120) * 1_000_000_000L;
		long begin = System.nanoTime();
		long[] nanos = new long[TIMED];
		int done = 0;
		while (done < TIMED && System.nanoTime() - begin < budget) {
			long t0 = System.nanoTime();
			get(path.apply(done));
			nanos[done++] = System.nanoTime() - t0;
		}
		return Timings.of(name, java.util.Arrays.copyOf(nanos, done));
	}

	private void get(String path) throws Exception {
		HttpResponse<byte[]> response = http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	/** The follow-up CSV of province 33, read as it streams, with the heap sampled during the download. */
	private List<String> export() throws Exception {
		System.gc();
		long before = HeapSampler.used();
		long rows = -1; // the header line is not a row
		long bytes = 0;
		long peak;
		long t0 = System.nanoTime();
		try (HeapSampler sampler = new HeapSampler()) {
			HttpResponse<InputStream> response = http.send(request("/api/v1/follow-up.csv?regionCode=33"),
					HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("follow-up.csv answered " + response.statusCode());
			}
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = response.body()) {
				for (int n; (n = in.read(buffer)) > 0;) {
					bytes += n;
					for (int i = 0; i < n; i++) {
						if (buffer[i] == '\n') {
							rows++;
						}
					}
				}
			}
			peak = sampler.peak();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		long after = HeapSampler.used();
		System.gc();
		long afterGc = HeapSampler.used();
		return List.of("",
				"export GET /api/v1/follow-up.csv?regionCode=33 (arrears and lapsed of the province, streamed):",
				"  rows %,d, %,d MB, %.1f s (%,.0f rows/s)  target 1,000,000 rows < 30 s: %s".formatted(rows, bytes >> 20,
						seconds, rows / seconds, seconds < EXPORT_TARGET_S ? (rows >= 1_000_000 ? "PASS" : "PASS at "
								+ String.format(Locale.ROOT, "%,d", rows) + " rows") : "MISS"),
				"  heap used (whole JVM: application and client): before %,d MB, peak during %,d MB, after %,d MB, after GC %,d MB (max %,d MB)"
					.formatted(before >> 20, peak >> 20, after >> 20, afterGc >> 20, HeapSampler.max() >> 20));
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", authorization)
			.header("Accept", path.contains(".csv") ? "text/csv" : "application/json")
			.GET()
			.build();
	}
}
