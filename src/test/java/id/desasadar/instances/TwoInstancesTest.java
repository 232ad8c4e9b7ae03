package id.desasadar.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.Api;
import id.desasadar.DesaSadarApplication;
import id.desasadar.account.AccountPrincipal;
import id.desasadar.village.ReadyVillages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.util.ReflectionTestUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #7, Several instances: two instances of the application on one PostgreSQL, as behind a load balancer.
 * Scheduled work runs on one of them at a time (ShedLock's row in the database); a page session started on one is
 * served by the other and ends on both (Spring Session JDBC); an abandoned import is resumed by one instance only,
 * and one whose instance is alive by none (leases, V13).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	static final String VILLAGE = "33.26.12.2008";
	static final String PASSWORD = "two-instances-admin";

	@TempDir
	static Path directory;

	EmbeddedPostgres postgres;
	ConfigurableApplicationContext first;
	ConfigurableApplicationContext second;
	JdbcTemplate jdbc;

	@BeforeAll
	void startTwoInstancesOnOneDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
		jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
		first = start();
		second = start();
	}

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(DesaSadarApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
				"--desa-sadar.demo=false", "--desa-sadar.admin-password=" + PASSWORD,
				"--desa-sadar.security.bcrypt-strength=4", "--desa-sadar.readiness.repair-delay=PT1H",
				// the test claims abandoned imports itself, on both instances at once
				"--desa-sadar.imports.recovery-interval=PT1H");
	}

	@AfterAll
	void stop() throws Exception {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { second, first }) {
			if (instance != null) {
				instance.close();
			}
		}
		postgres.close();
	}

	@Test
	void scheduledWorkRunsOnOneInstanceAtATime() throws Exception {
		ReadyVillages onFirst = first.getBean(ReadyVillages.class);
		ReadyVillages onSecond = second.getBean(ReadyVillages.class);

		markChanged();
		onFirst.scheduledRepair();
		assertThat(stale()).as("the first instance assessed the village").isFalse();
		Instant lockedUntil = jdbc.queryForObject("select lock_until from shedlock where name = 'readiness-repair'",
				java.sql.Timestamp.class).toInstant();

		markChanged();
		onSecond.scheduledRepair();
		assertThat(stale()).as("the second instance skipped its turn while the first held the lock").isTrue();

		while (Instant.now().isBefore(lockedUntil.plus(Duration.ofMillis(200)))) {
			Thread.sleep(100);
		}
		onSecond.scheduledRepair();
		assertThat(stale()).as("once the lock is free, the second instance runs it").isFalse();
	}

	@Test
	void aSessionStartedOnOneInstanceIsServedByTheOtherAndEndsOnBoth() throws Exception {
		String cookie = signIn(first);

		HttpResponse<String> home = get(second, "/", cookie);
		assertThat(home.statusCode()).as("the second instance knows the session").isEqualTo(200);
		assertThat(home.body()).contains("Administrator");

		// the page's token is kept in the session (account.SessionBoundCsrfTokens), so the other instance knows it too
		HttpResponse<String> signedOut = post(second, "/logout", cookie, "_csrf=" + csrf(home.body()));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId(cookie))).as("sign-out deleted the session row").isZero();

		HttpResponse<String> afterwards = get(first, "/workers", cookie);
		assertThat(afterwards.statusCode()).as("the first instance no longer knows it").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void theSessionRowHoldsTheAccountButNotItsPasswordHash() throws Exception {
		String cookie = signIn(first);
		String id = sessionId(cookie);
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class, id))
			.isEqualTo("admin");
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, id)).as("server.servlet.session.timeout, 30 minutes").isEqualTo(1800);
		String hash = jdbc.queryForObject("select password_hash from account where username = 'admin'", String.class);
		assertThat(hash).as("what the session must not hold").contains("$2a$");

		List<byte[]> attributes = jdbc.queryForList("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""", byte[].class, id);
		assertThat(attributes).isNotEmpty();
		for (byte[] bytes : attributes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(text).doesNotContain("$2a$").doesNotContain(hash.substring(hash.indexOf("$2a$") + 7));
		}
		byte[] context = jdbc.queryForObject("""
				select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""", byte[].class, id);
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(context))) {
			SecurityContext signedIn = (SecurityContext) in.readObject();
			AccountPrincipal principal = (AccountPrincipal) signedIn.getAuthentication().getPrincipal();
			assertThat(principal.getUsername()).isEqualTo("admin");
			assertThat(principal.viewer().scopes()).isNotEmpty();
			assertThat(principal.getPassword()).isNull();
			assertThat(signedIn.getAuthentication().getCredentials()).isNull();
		}
	}

	@Test
	void anAbandonedImportIsResumedByOneInstanceOnlyAndALiveOneByNone() throws Exception {
		List<String> niks = List.of(Api.freshWorkerNik(), Api.freshWorkerNik());
		long abandoned = runningImport(niks, "an-instance-that-died", "now() - interval '1 minute'");
		long alive = runningImport(List.of(Api.freshWorkerNik()), "an-instance-still-running", "now() + interval '1 hour'");

		Object[] recoveries = { first.getBean("importRecovery"), second.getBean("importRecovery") };
		CountDownLatch together = new CountDownLatch(1);
		ExecutorService both = Executors.newFixedThreadPool(2);
		List<Future<List<Long>>> claims = new ArrayList<>();
		try {
			for (Object recovery : recoveries) {
				claims.add(both.submit(() -> {
					together.await();
					return ReflectionTestUtils.<List<Long>>invokeMethod(recovery, "resumeUnfinished");
				}));
			}
			together.countDown();
			List<Long> byFirst = claims.get(0).get(30, TimeUnit.SECONDS);
			List<Long> bySecond = claims.get(1).get(30, TimeUnit.SECONDS);
			assertThat(List.of(byFirst, bySecond)).as("one instance claims it, the other finds nothing")
				.containsExactlyInAnyOrder(List.of(abandoned), List.of());
			String claimer = ReflectionTestUtils.invokeMethod(
					(byFirst.isEmpty() ? second : first).getBean("importLease"), "owner");

			Instant deadline = Instant.now().plusSeconds(30);
			while (!"DONE".equals(status(abandoned)) && Instant.now().isBefore(deadline)) {
				Thread.sleep(100);
			}
			assertThat(status(abandoned)).isEqualTo("DONE");
			assertThat(jdbc.queryForObject("select lease_owner from import_job where id = ?", String.class, abandoned))
				.isEqualTo(claimer);
			assertThat(jdbc.queryForObject("select created from import_job where id = ?", Integer.class, abandoned))
				.isEqualTo(2);
			for (String nik : niks) {
				assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Integer.class, nik)).isEqualTo(1);
			}
			assertThat(jdbc.queryForMap("select status, lease_owner, processed_rows from import_job where id = ?", alive))
				.as("a job whose instance renews its lease is not taken")
				.containsEntry("status", "RUNNING").containsEntry("lease_owner", "an-instance-still-running")
				.containsEntry("processed_rows", 0);
		}
		finally {
			both.shutdownNow();
		}
	}

	/** An import of workers left running by another instance, with its lease, and its file stored. */
	long runningImport(List<String> niks, String owner, String leaseUntil) {
		StringBuilder csv = new StringBuilder(
				"nik,nama,tanggal lahir,jenis kelamin,nomor HP,kode desa,segmen,sektor,penghasilan bulanan,persetujuan\n");
		for (String nik : niks) {
			csv.append(nik).append(",Dilanjutkan,1985-03-12,L,0812-3456-7890,").append(VILLAGE)
				.append(",BPU,TRADE,1000000,ya\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		long id = jdbc.queryForObject("""
				insert into import_job (kind, status, file_name, file_format, file_sha256, file_size, uploaded_by,
				    total_rows, created_at, started_at, lease_owner, lease_until)
				values ('WORKERS', 'RUNNING', 'daftar.csv', 'CSV', repeat('0', 64), ?, 'admin', ?, now(), now(), ?, %s)
				returning id""".formatted(leaseUntil), Long.class, file.length, niks.size(), owner);
		jdbc.update("insert into import_file_part (job_id, seq, data) values (?, 0, ?)", id, file);
		return id;
	}

	String status(long job) {
		return jdbc.queryForObject("select status from import_job where id = ?", String.class, job);
	}

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	/** Signs in with the form, as a browser would; answers the session cookie ("SESSION=..."). */
	String signIn(ConfigurableApplicationContext instance) throws Exception {
		HttpResponse<String> form = get(instance, "/login", null);
		assertThat(form.headers().allValues("Set-Cookie")).as("the sign-in form needs no session")
			.noneMatch(header -> header.startsWith("SESSION="));
		HttpResponse<String> signedIn = post(instance, "/login", csrfCookie(form), "username=admin&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(form.body()));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(header -> assertThat(header)
			.startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		return sessionCookie(signedIn);
	}

	/** The sign-in form's CSRF token cookie ("XSRF-TOKEN=..."), which its token is checked against before sign-in. */
	static String csrfCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
	}

	static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
	}

	/** The session id the cookie carries (Base64, as Spring Session writes it). */
	static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
	}

	static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
		return csrf.group(1);
	}

	HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(instance) + path)).header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookie, String form)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base(instance) + path)).header("Accept", "text/html")
			.header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static String base(ConfigurableApplicationContext instance) {
		return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	void markChanged() {
		jdbc.update("""
				insert into village_readiness (village_code) values (?)
				on conflict (village_code) do update set changes = village_readiness.changes + 1""", VILLAGE);
	}

	boolean stale() {
		return jdbc.queryForObject("select changes <> assessed from village_readiness where village_code = ?",
				Boolean.class, VILLAGE);
	}
}
