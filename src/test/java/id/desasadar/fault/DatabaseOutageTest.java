package id.desasadar.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.DesaSadarApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue #6, Faults: the database stops and comes back. While it is away, health says DOWN, a page says plainly
 * that the database cannot be reached and nothing was saved (503, never a stack trace), and a form sent then
 * leaves nothing behind; signing in, by HTTP Basic or the form, is answered as the outage it is, not as a wrong
 * password; once it is back, health says UP and the same session works again, without a restart
 * of the application.
 */
class DatabaseOutageTest {

	static final String PASSWORD = "outage-admin-password";

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void pagesAndHealthSayTheDatabaseIsAwayAndRecoverWhenItIsBack(@TempDir Path directory) throws Exception {
		int databasePort;
		EmbeddedPostgres postgres = start(directory, 0);
		databasePort = postgres.getPort();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(DesaSadarApplication.class)
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
					"--spring.datasource.hikari.connection-timeout=2000", "--server.port=0", "--desa-sadar.demo=false",
					"--desa-sadar.admin-password=" + PASSWORD, "--desa-sadar.security.bcrypt-strength=4")) {
			String base = "http://localhost:" + ((WebServerApplicationContext) application).getWebServer().getPort();
			signIn(base);
			assertThat(get(base + "/workers").statusCode()).isEqualTo(200);
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

			postgres.close(); // the database stops; its files stay
			HttpResponse<String> page = get(base + "/workers?lang=en");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("The database cannot be reached").contains("nothing was saved")
				.doesNotContain("Exception").doesNotContain("SQL").doesNotContain("at org.");
			assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
			HttpResponse<String> readiness = get(base + "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(get(base + "/actuator/health/liveness").statusCode()).as("the process itself is alive").isEqualTo(200);

			// Signing in cannot be checked without the accounts: an outage, not a wrong password.
			HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/workers"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
					.getBytes(StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(basic.statusCode()).as("HTTP Basic while the database is away").isEqualTo(503);
			assertThat(basic.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
				.startsWith("application/problem+json"));
			assertThat(basic.body()).as("in the language of its cookie").contains("\"code\":\"database-unavailable\"").contains("The database cannot be reached")
				.doesNotContain("Exception");
			assertThat(basic.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(basic.headers().firstValue("WWW-Authenticate")).as("no new credentials asked for").isEmpty();
			HttpClient newcomer = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
			HttpResponse<String> signIn = signIn(newcomer, base, "admin", PASSWORD);
			String location = signIn.headers().firstValue("Location").orElseThrow();
			assertThat(location).as("the form sign-in while the database is away").endsWith("/login?unavailable");
			HttpResponse<String> told = send(newcomer, URI.create(base).resolve(location) + "&lang=en");
			assertThat(told.statusCode()).isEqualTo(200);
			assertThat(told.body()).contains("The database cannot be reached").doesNotContain("Wrong username or password");

			postgres = start(directory, databasePort);
			// The pool opens connections again on its own, after a back-off of up to 5 s that grew while the
			// database was away (HikariCP): readiness is UP again within seconds, not necessarily at once.
			Instant patience = Instant.now().plusSeconds(20);
			int ready = get(base + "/actuator/health/readiness").statusCode();
			while (ready != 200 && Instant.now().isBefore(patience)) {
				Thread.sleep(250);
				ready = get(base + "/actuator/health/readiness").statusCode();
			}
			assertThat(ready).as("readiness once the database is back").isEqualTo(200);
			assertThat(get(base + "/workers").statusCode()).as("the same session, the pool reconnected").isEqualTo(200);
			assertThat(new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("select count(*) from worker",
					Long.class)).isZero();
		}
		finally {
			postgres.close();
		}
	}

	private static EmbeddedPostgres start(Path directory, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port).start();
	}

	private void signIn(String base) throws Exception {
		HttpResponse<String> signedIn = signIn(http, base, "admin", PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	/** The sign-in form as a browser sends it: its CSRF token first, then username and password. */
	private static HttpResponse<String> signIn(HttpClient client, String base, String username, String password)
			throws Exception {
		HttpResponse<String> form = send(client, base + "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer;
	}

	private HttpResponse<String> get(String url) throws Exception {
		return send(http, url);
	}

	private static HttpResponse<String> send(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
