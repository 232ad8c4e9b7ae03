package id.desasadar.benchmark;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk-import benchmark (issue #5, Big files): generates a sign-up sheet of {@code benchmark.import.rows}
 * rows (default 100,000) over the villages of Jawa Tengah, with one bad row in 10,000, uploads it over HTTP as
 * the administrator and waits for the job; prints rows per second, total seconds (upload, check and import),
 * and the heap before, at its peak during the import and after, next to the same figures for a file a tenth
 * the size, so that memory growing with the file would show. It never fails on a missed target: it reports.
 * Run it with {@code ./mvnw -Pbenchmark verify -Dbenchmark.test=ImportBenchmark} (docs/performance.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"desa-sadar.data-dir=target/benchmark-import-data", "desa-sadar.embedded.clean-on-start=true",
		"desa-sadar.demo=false", "desa-sadar.admin-password=" + ImportBenchmark.PASSWORD,
		"desa-sadar.security.bcrypt-strength=4", "logging.level.root=warn" })
class ImportBenchmark {

	static final String PASSWORD = "benchmark-admin";
	private static final double TARGET_S = 15;
	private static final Pattern FIELD = Pattern.compile("\"(status|processedRows|created|rejected)\":\"?(\\w+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();
	private final String authorization = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	@Test
	void importsASignUpSheet() throws Exception {
		int rows = Integer.getInteger("benchmark.import.rows", 100_000);
		List<String> villages = jdbc.queryForList(
				"select code from region where level = 'VILLAGE' and code like '33.%' order by code", String.class);
		List<String> report = new ArrayList<>();
		report.add("Desa Sadar import benchmark: %,d rows; %d cores, max heap %,d MB".formatted(rows,
				Runtime.getRuntime().availableProcessors(), HeapSampler.max() >> 20));
		report.add(run(sheet(rows / 10, villages, 0), rows / 10));
		report.add(run(sheet(rows, villages, rows / 10), rows));
		System.out.println(String.join(System.lineSeparator(), report));
	}

	private String run(Path file, int rows) throws Exception {
		System.gc();
		long before = HeapSampler.used();
		long start = System.nanoTime();
		String json;
		long peak;
		long afterGcPeak = 0;
		try (HeapSampler heap = new HeapSampler()) {
			String location = upload(file);
			do {
				Thread.sleep(100);
				afterGcPeak = Math.max(afterGcPeak, afterLastGc());
				json = get(location);
			}
			while (!json.contains("\"DONE\"") && !json.contains("\"FAILED\""));
			peak = heap.peak();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.gc();
		long after = HeapSampler.used();
		Files.delete(file);
		StringBuilder fields = new StringBuilder();
		Matcher matcher = FIELD.matcher(json);
		while (matcher.find()) {
			fields.append(matcher.group(1)).append('=').append(matcher.group(2)).append(' ');
		}
		return String.format(Locale.ROOT,
				"%,9d rows: %6.1f s, %,8.0f rows/s (%s); heap before %,d MB, peak %,d MB (garbage included), "
						+ "peak after a collection %,d MB, after %,d MB; %s",
				rows, seconds, rows / seconds, seconds < TARGET_S || rows < 100_000 ? "PASS" : "MISS", before >> 20,
				peak >> 20, afterGcPeak >> 20, after >> 20, fields.toString().strip());
	}

	/** The heap in use right after the last garbage collection: what is live, without the garbage. */
	private static long afterLastGc() {
		long used = 0;
		for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
				used += pool.getCollectionUsage().getUsed();
			}
		}
		return used;
	}

	/** A sign-up sheet: unique NIKs of each village's district, one row in 10,000 with a bad phone number. */
	private static Path sheet(int rows, List<String> villages, int offset) throws Exception {
		Path file = Files.createTempFile("import-benchmark-", ".csv");
		LocalDate first = LocalDate.of(1960, 1, 1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("nik,nama,tanggal lahir,jenis kelamin,nomor HP,kode desa,alamat,pekerjaan,segmen,sektor,penghasilan bulanan,persetujuan\n");
			for (int i = offset; i < offset + rows; i++) {
				String village = villages.get(i % villages.size());
				LocalDate born = first.plusDays(i / 9999);
				boolean female = i % 2 == 1;
				String nik = village.substring(0, 8).replace(".", "")
						+ "%02d%02d%02d%04d".formatted(born.getDayOfMonth() + (female ? 40 : 0), born.getMonthValue(),
								born.getYear() % 100, i % 9999 + 1);
				String phone = i % 10_000 == 5_000 ? "12345" : "0812%08d".formatted(i);
				out.write("%s,Peserta Contoh %d,%s,%s,%s,%s,RT %02d RW %02d,Pedagang,BPU,TRADE,%d,ya\n".formatted(nik, i, born,
						female ? "P" : "L", phone, village, i % 20 + 1, i % 10 + 1, 1_000_000 + (i % 50) * 10_000));
			}
		}
		return file;
	}

	private String upload(Path file) throws Exception {
		String boundary = "benchmark" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"peserta.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/workers"))
			.header("Authorization", authorization)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
		}
		return response.headers().firstValue("Location").orElseThrow();
	}

	private String get(String location) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", authorization).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}
}
