package id.desasadar.imports;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.imports.Imports.csv;
import static id.desasadar.imports.Imports.row;
import static id.desasadar.imports.Imports.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.DispatcherServlet;

/** {@code /imports/new} and {@code /imports/{id}}: upload, follow the progress, read and download the rejected rows. */
@IntegrationTest
class ImportPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	Pages pages() {
		return new Pages(accounts);
	}

	MockHttpServletResponse upload(String user, String fileName, byte[] content) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.multipart("/imports/new")
			.file(new MockMultipartFile("file", fileName, "text/csv", content))
			.param("kind", "WORKERS")
			.with(user(accounts.loadUserByUsername(user))).with(csrf())).andReturn().getResponse();
	}

	@Test
	void theFormOffersTemplatesAndIsForStaffAndAdministrators() throws Exception {
		String page = mvc.perform(pages().get("staff", "/imports/new")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"import-form\"", "/imports/templates/workers.csv", "/imports/templates/workers.xlsx",
				"tanggal lahir", "/imports/new\"", "id=\"column-sector\"", "Perdagangan (TRADE)", "Pertanian (AGRICULTURE)",
				"Warga (RESIDENT)", "Peserta sendiri (SELF)", "<code>Perdagangan</code>");
		assertThat(mvc.perform(pages().get("manager", "/imports/new")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(pages().get("kades.wonopringgo", "/imports/new")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void theTemplateHasTheIndonesianHeadersAndAnExampleRowThatImports() throws Exception {
		String template = mvc.perform(pages().get("staff", "/imports/templates/workers.csv")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(template).contains("NIK,nama,tanggal lahir,jenis kelamin", ",Perdagangan,", "# wajib. 16 angka",
				"Perdagangan (TRADE) | ", "Jaminan Kecelakaan Kerja (JKK)");
		byte[] xlsx = mvc.perform(pages().get("staff", "/imports/templates/workers.xlsx")).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(UploadedFile.check("templat.xlsx", () -> new java.io.ByteArrayInputStream(xlsx), WorkerSheet.COLUMNS).rows())
			.isEqualTo(1);
	}

	@Test
	void anUploadLeadsToItsPageWithProgressAndTheRejectedRowsAlsoAsCsv() throws Exception {
		MockHttpServletResponse response = upload("staff", "daftar.csv",
				utf8(csv(List.of(row(freshWorkerNik(), "Halaman Impor"), row("=HYPERLINK(\"http://x\")", "Rumus")))));
		assertThat(response.getStatus()).isEqualTo(302);
		String location = response.getRedirectedUrl();
		assertThat(location).matches("/imports/\\d+");
		long id = Long.parseLong(location.substring("/imports/".length()));
		new Imports(mvc).finished("staff", id);
		String page = mvc.perform(pages().get("staff", location)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"import-progress\"", "id=\"import-bar\"", "id=\"import-errors\"", "errors.csv");
		assertThat(page).doesNotContain("hx-trigger");
		String errors = mvc.perform(pages().get("staff", location + "/errors.csv")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(errors).contains("3,nik,");
		String progress = mvc.perform(pages().get("staff", location + "/progress")).andReturn().getResponse().getContentAsString();
		assertThat(progress).startsWith("<section").contains("import-bar");
		assertThat(mvc.perform(pages().get("manager", location)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	@org.junit.jupiter.api.DisplayName("issue #19: a value a choice column does not take is answered with its labels, on the page and in errors.csv")
	void anUnknownChoiceIsAnsweredInTheReadersWordsOnThePageAndInTheCsv() throws Exception {
		String header = "nik,nama,tanggal lahir,jenis kelamin,kode desa,segmen,sektor,penghasilan bulanan,persetujuan,program";
		MockHttpServletResponse response = upload("staff", "pilihan.csv", utf8(header + "\n"
				+ freshWorkerNik() + ",Sektor Asing,1985-03-12,P,33.26.12.2008,BPU,Tambang,1000000,ya,JKK\n"
				+ freshWorkerNik() + ",Program Asing,1985-03-12,P,33.26.12.2008,BPU,Perdagangan,1000000,ya,JKK; Kesehatan\n"));
		String location = response.getRedirectedUrl();
		new Imports(mvc).finished("staff", Long.parseLong(location.substring("/imports/".length())));
		String page = mvc.perform(pages().get("staff", location)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("“Tambang”", "Pilih salah satu: Pertanian, Perikanan, Perdagangan,",
				"Program tidak dikenal: Kesehatan", "Jaminan Kecelakaan Kerja (JKK)").doesNotContain("AGRICULTURE");
		String english = mvc.perform(pages().get("staff", location + "/errors.csv?lang=en")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Choose one of: Agriculture, Fishery, Trade,", "Unknown programme: Kesehatan")
			.doesNotContain("AGRICULTURE");
		String indonesian = mvc.perform(pages().get("staff", location + "/errors.csv")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(indonesian).contains("2,sector,", "Pilih salah satu: Pertanian,", "3,programs,");
	}

	@Test
	void theProgressOfAJobStillRunningRefreshesItselfWithHtmx() throws Exception {
		byte[] file = utf8(csv(List.of(row(freshWorkerNik(), "Masih Antre"))));
		long id = transaction.execute(status -> jobs.create(ImportKind.WORKERS, "antre.csv", FileFormat.CSV, "0".repeat(64),
				file.length, "staff", 1, new java.io.ByteArrayInputStream(file)));
		String page = mvc.perform(pages().get("staff", "/imports/{id}", id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hx-get=\"/imports/" + id + "/progress\"", "hx-trigger=\"every 1s\"", "hx-swap=\"outerHTML\"");
		assertThat(page).doesNotContain("style=");
	}

	@Test
	void aFileOverTheLimitIsExplainedBesideTheField() throws Exception {
		assertThat(mvc.perform(pages().get("staff", "/imports/new?too-large=true")).andReturn().getResponse().getContentAsString())
			.contains("id=\"file-error\"");
	}

	@Test
	void aFileThatCannotBeImportedIsExplainedBesideTheField() throws Exception {
		MockHttpServletResponse response = upload("staff", "daftar.csv", "nik;nama\n1;2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"file-error\"", "tanggal lahir");
	}

	@Test
	void anAdministratorLoadsTheRegionsOfAllIndonesiaOnceAndAgainChangesNothing() throws Exception {
		assertThat(mvc.perform(pages().post("staff", "/imports/regions")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(pages().get("staff", "/imports/new")).andReturn().getResponse().getContentAsString())
			.doesNotContain("national-regions");
		mvc.perform(pages().post("admin", "/imports/regions")).andReturn();
		long villages = jdbc.queryForObject("select count(*) from region where level = 'VILLAGE'", Long.class);
		assertThat(villages).isEqualTo(83_762);
		var again = mvc.perform(pages().post("admin", "/imports/regions")).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/imports/new");
		assertThat(again.getFlashMap().get("regionsLoaded")).isEqualTo(0);
		assertThat(jdbc.queryForObject("select count(*) from region where level = 'VILLAGE'", Long.class)).isEqualTo(villages);
		String page = mvc.perform(pages().get("admin", "/imports/new").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("regionsLoaded", 0))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"regions-loaded\"", "id=\"load-regions\"");
	}
}
