package id.desasadar.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.desasadar.Api;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** Uploads files to the import API as a demo account and waits for their jobs. */
final class Imports {

	static final String HEADER = "nik,nama,tanggal lahir,jenis kelamin,nomor HP,kode desa,segmen,sektor,penghasilan bulanan,persetujuan";

	private final MockMvc mvc;

	Imports(MockMvc mvc) {
		this.mvc = mvc;
	}

	static MockMultipartHttpServletRequestBuilder upload(String user, String kind, String fileName, byte[] content) {
		return MockMvcRequestBuilders.multipart("/api/v1/imports/" + kind)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic(user, "demo")).accept(MediaType.APPLICATION_JSON);
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A row of {@link #HEADER}: a self-employed trader of Desa Wonopringgo. */
	static String row(String nik, String name) {
		return "%s,%s,1985-03-12,L,0812-3456-7890,33.26.12.2008,BPU,TRADE,1000000,ya".formatted(nik, name);
	}

	static String csv(List<String> rows) {
		return HEADER + "\n" + String.join("\n", rows) + "\n";
	}

	/** Uploads and answers the id of the job (202). */
	long start(String user, String kind, String fileName, byte[] content) throws Exception {
		var response = mvc.perform(upload(user, kind, fileName, content)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
		assertThat(response.getHeader("Location")).contains("/api/v1/imports/");
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	/** Waits for the job to end and answers its JSON. */
	String finished(String user, long id) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String json = mvc.perform(Api.get(user, "/api/v1/imports/{id}", id)).andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(json, "$.status");
			if (status.equals("DONE") || status.equals("FAILED")) {
				return json;
			}
			assertThat(Instant.now()).as("import %d still %s", id, status).isBefore(until);
			Thread.sleep(50);
		}
	}

	String imported(String user, String kind, String fileName, byte[] content) throws Exception {
		return finished(user, start(user, kind, fileName, content));
	}
}
