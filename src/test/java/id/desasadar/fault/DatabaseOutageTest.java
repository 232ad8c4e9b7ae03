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
 * leaves nothing behind; once it is back, health says UP and the same session works again, without a restart
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

			postgres = start(directory, databasePort);
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
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
		HttpResponse<String> form = get(base + "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
