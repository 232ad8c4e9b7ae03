package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.desasadar.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #16, item 4: every error of the API is problem JSON, also those Spring and the servlet container answer
 * themselves, through the real Tomcat (MockMvc has no firewall in front, no container and no {@code /error}
 * dispatch). Pages keep their HTML error page. Same configuration as account.AnonymousVisitsOverHttpTest, so
 * both share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "desa-sadar.public-url=https://desasadar.example.id")
@Import(TestDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsOverHttpTest {

	static final String ADMIN = "Authorization: Basic "
			+ Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	RawHttp.Answer api(String requestLine, String... headers) throws Exception {
		return new RawHttp(port).send(requestLine + " HTTP/1.1\nHost: localhost\n" + String.join("\n", headers), null);
	}

	static void isProblem(RawHttp.Answer answer, int status, String code) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat((Integer) JsonPath.read(answer.body(), "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(answer.body(), "$.code")).isEqualTo(code);
		assertThat((String) JsonPath.read(answer.body(), "$.type")).isEqualTo("https://desasadar.id/problems/" + code);
		assertThat((String) JsonPath.read(answer.body(), "$.title")).isNotBlank();
		assertThat((String) JsonPath.read(answer.body(), "$.detail")).isNotBlank();
		assertThat(answer.body()).doesNotContain("timestamp", "trace", "exception", "Tomcat", "<html");
	}

	@Test
	void whatTheFirewallRejectsIsProblemJson(CapturedOutput output) throws Exception {
		int from = output.getAll().length();
		isProblem(api("GET /api/v1/enrollments//payments", ADMIN, "Accept: application/json"), 400, "bad-request");
		isProblem(api("GET /api/v1/workers;jsessionid=1", ADMIN, "Accept: application/json"), 400, "bad-request");
		isProblem(api("GET /api/v1/%2e%2e/workers", ADMIN, "Accept: application/json"), 400, "bad-request");
		// even when the client asks for a page: the address decides, not the Accept header
		isProblem(api("GET /api/v1/enrollments//payments", ADMIN, "Accept: text/html"), 400, "bad-request");
		assertThat(output.getAll().substring(from)).doesNotContain("ERROR").contains("Answered 400 to GET under /api");
	}

	@Test
	void whatTomcatRefusesBeforeAnyFilterIsProblemJson(CapturedOutput output) throws Exception {
		int from = output.getAll().length();
		isProblem(api("GET /api/v1/workers/a%00b", ADMIN, "Accept: application/json"), 400, "bad-request");
		isProblem(api("GET /api/v1/workers/a%5cb", ADMIN), 400, "bad-request");
		assertThat(output.getAll().substring(from)).doesNotContain("ERROR").contains("Refused GET under /api by the servlet container");
	}

	@Test
	void springMvcsOwnRefusalsCarryTheirCode() throws Exception {
		isProblem(api("GET /api/v1/nothing-here", ADMIN, "Accept: application/json"), 404, "not-found");
		RawHttp.Answer method = api("DELETE /api/v1/regions/33", ADMIN, "Accept: application/json");
		isProblem(method, 405, "method-not-allowed");
		assertThat(method.header("Allow")).contains("GET");
		RawHttp.Answer media = new RawHttp(port).send("POST /api/v1/workers HTTP/1.1\nHost: localhost\n" + ADMIN
				+ "\nContent-Type: text/plain\nAccept: application/json", "ab");
		isProblem(media, 415, "unsupported-media-type");
		isProblem(api("GET /api/v1/regions/33", ADMIN, "Accept: image/png"), 406, "not-acceptable");
		isProblem(api("GET /api/v1/regions/33", "Accept: application/json"), 401, "unauthorized");
	}

	@Test
	void theProblemSpeaksTheCallersLanguage() throws Exception {
		RawHttp.Answer indonesian = api("GET /api/v1/enrollments//payments", ADMIN);
		assertThat((String) JsonPath.read(indonesian.body(), "$.detail")).startsWith("Permintaan ini tidak dapat diterima");
		RawHttp.Answer english = api("GET /api/v1/enrollments//payments", ADMIN, "Cookie: lang=en");
		assertThat((String) JsonPath.read(english.body(), "$.detail")).startsWith("This request cannot be accepted");
		RawHttp.Answer tomcat = api("GET /api/v1/workers/a%00b", ADMIN, "Cookie: lang=en");
		assertThat((String) JsonPath.read(tomcat.body(), "$.title")).isEqualTo("Invalid input");
	}

	@Test
	void pagesKeepTheirHtmlErrorPage() throws Exception {
		RawHttp.Answer rejected = api("GET /workers//1", "Accept: text/html");
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.header("Content-Type")).startsWith("text/html");
		assertThat(rejected.body()).contains("<html").contains("Kode status 400");
		RawHttp.Answer tomcat = api("GET /workers/a%00b", "Accept: text/html");
		assertThat(tomcat.status()).isEqualTo(400);
		assertThat(tomcat.header("Content-Type")).startsWith("text/html");
		assertThat(tomcat.body()).doesNotContain("Apache Tomcat");
	}
}
