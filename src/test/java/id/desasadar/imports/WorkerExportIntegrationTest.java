package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** api.md: {@code GET /api/v1/workers/export.csv?villageCode=}, the workers in scope in the import's columns. */
@IntegrationTest
class WorkerExportIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void exportsTheWorkersInScopeInTheImportColumnsWithTheNikFullOnlyForThoseWhoSeeIt() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Ekspor Contoh"))).andExpect(status().isCreated());
		String staff = mvc.perform(Api.get("staff", "/api/v1/workers/export.csv?villageCode=33.26.12.2008"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).startsWith("\uFEFFNIK,nama,tanggal lahir").contains(nik + ",Ekspor Contoh,1985-03-12,MALE");
		String head = mvc.perform(Api.get("kades.wonopringgo", "/api/v1/workers/export.csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(head).contains("Ekspor Contoh").doesNotContain(nik).contains(nik.substring(0, 4) + "************");
		assertThat(mvc.perform(Api.get("kades.kedungjaran", "/api/v1/workers/export.csv?villageCode=33.26.12.2008"))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(Api.get("kades.kedungjaran", "/api/v1/workers/export.csv")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Ekspor Contoh");
	}

	@Test
	void anExportImportsBackAsDuplicates() throws Exception {
		byte[] xlsx = mvc.perform(Api.get("staff", "/api/v1/workers/export.xlsx?villageCode=33.26.12.2008"))
			.andReturn().getResponse().getContentAsByteArray();
		int rows = UploadedFile.check("peserta.xlsx", () -> new ByteArrayInputStream(xlsx), WorkerSheet.COLUMNS).rows();
		assertThat(rows).isPositive();
		String json = new Imports(mvc).imported("staff", "workers", "peserta.xlsx", xlsx);
		assertThat((Integer) com.jayway.jsonpath.JsonPath.read(json, "$.created")).as(json).isZero();
		assertThat((Integer) com.jayway.jsonpath.JsonPath.read(json, "$.duplicates")).isPositive();
	}
}
