package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import id.desasadar.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Text is compressed by the servlet container itself (server.compression), which MockMvc leaves out: so these
 * run against the real server (the browser tests' application context), asking as a browser does. The booth
 * page, its static files, JSON and problem JSON answer gzip when asked for it, and plain when not. An answer of a
 * known length under 512 bytes stays plain (server.compression.min-response-size): gzip saves little there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabase.class)
class CompressionIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+\\.css)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void theBoothPageAndItsStyleSheetAnswerCompressed() throws Exception {
		signIn("staff");
		long event = jdbc.queryForObject("select min(id) from event", Long.class);
		HttpResponse<byte[]> page = get("/events/" + event + "/booth", true);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = gunzip(page.body());
		assertThat(html).contains("id=\"booth-queue\"");
		assertThat(page.body().length).as("compressed to well under half").isLessThan(html.length() / 2);

		Matcher link = STYLE_SHEET.matcher(html);
		assertThat(link.find()).as("the page links Bootstrap's style sheet").isTrue();
		HttpResponse<byte[]> styles = get(link.group(1), true);
		assertThat(styles.statusCode()).isEqualTo(200);
		assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(styles.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
		assertThat(gunzip(styles.body())).startsWith("@charset \"UTF-8\";/*!\n * Bootstrap");
		assertThat(styles.body().length).isLessThan(40_000);

		HttpResponse<byte[]> plain = get(link.group(1), false);
		assertThat(plain.headers().firstValue("Content-Encoding")).as("a client that does not ask gets it plain").isEmpty();
		assertThat(plain.body().length).isGreaterThan(200_000);
	}

	@Test
	void jsonAndProblemJsonAnswerCompressed() throws Exception {
		HttpResponse<byte[]> coverage = get("/api/v1/dashboard/coverage?region=33.26", true, "manager");
		assertThat(coverage.statusCode()).isEqualTo(200);
		assertThat(coverage.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(coverage.body())).contains("\"children\"");

		HttpResponse<byte[]> refused = send(HttpRequest.newBuilder(uri("/api/v1/workers"))
			.header("Accept-Encoding", "gzip").header("Authorization", basic("staff"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(refused.body())).contains("\"code\":");
	}

	private void signIn(String username) throws Exception {
		HttpResponse<byte[]> login = get("/login", false);
		Matcher token = CSRF.matcher(new String(login.body(), StandardCharsets.UTF_8));
		assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
		String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<byte[]> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
	}

	private HttpResponse<byte[]> get(String path, boolean gzip, String... basicUser) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*");
		if (gzip) {
			request.header("Accept-Encoding", "gzip, deflate");
		}
		for (String user : basicUser) {
			request.header("Authorization", basic(user)).setHeader("Accept", "application/json");
		}
		return send(request.build());
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static String gunzip(byte[] body) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("not gzip", ex);
		}
	}
}
