package id.desasadar.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import id.desasadar.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Spring's own multipart limit, met in a real servlet container (MockMvc does not enforce it): an upload over
 * {@code desa-sadar.imports.max-file-size} answers {@code 413} problem JSON with code {@code too-large}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "desa-sadar.imports.max-file-size=64KB")
@Import(TestDatabase.class)
class UploadLimitIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void anUploadOverTheLimitAnswersProblemJson() throws Exception {
		String boundary = "limit" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[200 * 1024];
		java.util.Arrays.fill(body, (byte) 'a');
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/workers"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(body), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"code\":\"too-large\"").doesNotContain("Exception");
	}

	@Test
	void theFormSendsAFileOverTheLimitBackWithTheReason() throws Exception {
		String boundary = "limit" + System.nanoTime();
		byte[] body = new byte[200 * 1024];
		java.util.Arrays.fill(body, (byte) 'a');
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/imports/new"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/imports/new?too-large=true"));
	}
}
