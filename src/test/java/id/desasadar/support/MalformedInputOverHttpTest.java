package id.desasadar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import id.desasadar.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Issue #16, item 4, through the real servlet container (MockMvc parses no query and reads no socket): NUL in
 * a query, more than 1,000 parameters and a JSON body sent in
 * chunks past the limit are 400 or 413 problem JSON. Same configuration as UploadLimitIntegrationTest, so
 * both share one application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "desa-sadar.imports.max-file-size=64KB")
@Import(TestDatabase.class)
class MalformedInputOverHttpTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String pathAndQuery) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void nulAndTooManyParametersAre400ProblemJsonNamingTheParameter() throws Exception {
		HttpResponse<String> nul = get("/api/v1/workers?q=ab%00cd");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(nul.body()).contains("\"field\":\"q\"");
		// In a form body: in a query, so many overflow the request line first (Tomcat's own 400).
		HttpResponse<String> many = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workers"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(IntStream.range(0, 1500).mapToObj(i -> "p" + i + "=1")
				.collect(Collectors.joining("&")))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(many.statusCode()).isEqualTo(400);
		assertThat(many.body()).contains("\"field\":\"parameters\"");
		HttpResponse<String> page = get("/api/v1/agents?page=2147483647");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("\"field\":\"page\"");
	}

	@Test
	void aChunkedJsonBodyPastTheLimitIsCutOffWith413() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			String auth = Base64.getEncoder().encodeToString("staff:demo".getBytes(StandardCharsets.UTF_8));
			out.write(("POST /api/v1/workers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
					+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nTransfer-Encoding: chunked\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
			try {
				byte[] start = "{\"name\": \"".getBytes(StandardCharsets.US_ASCII);
				out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(start);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				for (int i = 0; i < 16; i++) { // 1 MB of one string, twice the limit
					out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (java.io.IOException closedEarly) {
				// The server answered and closed before the whole body: what a limit does.
			}
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 413").contains("body-too-large");
		}
	}
}
