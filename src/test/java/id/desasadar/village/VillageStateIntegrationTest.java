package id.desasadar.village;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #19, item 5: the village's state (not ready, ready, declared; {@link VillageState}) is the same on its
 * page, on the village report (PDF) and on the dashboard's lists of ready and declared villages. Three villages
 * of Kecamatan Paninggaran (33.26.02), which no other test touches: Werdi not ready, Winduaji ready, Krandegan
 * declared and then short of an official (declared stays declared; domain.md, Desa Sadar designation).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageStateIntegrationTest {

	static final String DISTRICT = "33.26.02";
	static final String NOT_READY = "33.26.02.2001";
	static final String READY = "33.26.02.2002";
	static final String DECLARED = "33.26.02.2003";
	static final LocalDate BORN = LocalDate.of(1975, 6, 9);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	@BeforeAll
	void makeTheVillages() throws Exception {
		for (String code : new String[] { NOT_READY, READY, DECLARED }) {
			profile(code, 1);
		}
		enroll(worker(NOT_READY, "HEAD", "Kepala Werdi Keadaan Contoh"));
		for (String code : new String[] { READY, DECLARED }) {
			enroll(worker(code, "HEAD", "Kepala " + code + " Keadaan Contoh"));
			enroll(worker(code, "OFFICIAL", "Sekretaris " + code + " Keadaan Contoh"));
		}
		mvc.perform(Api.post("manager", "/api/v1/villages/{code}/designation", """
				{"declaredOn": "%s", "agreementNumber": "KB/PKL/KEADAAN/1"}"""
			.formatted(LocalDate.now(ZoneId.of("Asia/Jakarta"))), DECLARED)).andExpect(status().isCreated());
		profile(DECLARED, 2);
	}

	void profile(String code, int officials) throws Exception {
		String village = mvc.perform(Api.get("admin", "/api/v1/villages/{code}", code)).andReturn().getResponse()
			.getContentAsString();
		mvc.perform(Api.put("admin", "/api/v1/villages/{code}/profile", """
				{"headName": "Kepala Keadaan Contoh", "officialsCount": %d, "version": %s}"""
			.formatted(officials, JsonPath.read(village, "$.profileVersion").toString()), code))
			.andExpect(status().isOk());
	}

	long worker(String code, String role, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(freshNik(DISTRICT, BORN, false), name, code, role, BORN)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	void enroll(long worker) throws Exception {
		mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "VILLAGE_BUDGET"}""", worker))
			.andExpect(status().isCreated());
	}

	String page(String code) throws Exception {
		return mvc.perform(pages().get("manager", "/villages/{code}", code)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	String report(String code) throws Exception {
		byte[] pdf = mvc.perform(pages().get("manager", "/villages/{code}/report.pdf", code)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	String dashboardList(String state) throws Exception {
		return mvc.perform(pages().get("manager", "/dashboard/villages").param("region", DISTRICT).param("state", state))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	@DisplayName("domain.md Desa Sadar: a village missing its officials is not ready on its page, its report and the dashboard")
	void aVillageNotReadySaysSoEverywhere() throws Exception {
		assertThat(page(NOT_READY)).contains("data-state=\"NOT_READY\"", "belum siap ditetapkan sebagai Desa Sadar",
				"Belum semua perangkat desa terdaftar.").doesNotContain("Semua syarat sudah terpenuhi",
						"sudah ditetapkan sebagai Desa Sadar");
		assertThat(report(NOT_READY)).contains("Desa ini belum siap ditetapkan sebagai Desa Sadar.",
				"Belum ditetapkan sebagai Desa Sadar.").doesNotContain("Semua syarat sudah terpenuhi");
		assertThat(dashboardList("ready")).doesNotContain("/villages/" + NOT_READY + "\"");
		assertThat(dashboardList("declared")).doesNotContain("/villages/" + NOT_READY + "\"");
	}

	@Test
	@DisplayName("domain.md Desa Sadar: a village whose head and all officials are registered is ready everywhere")
	void aReadyVillageSaysSoEverywhere() throws Exception {
		assertThat(page(READY)).contains("data-state=\"READY\"", "desa ini siap ditetapkan sebagai Desa Sadar")
			.doesNotContain("sudah ditetapkan sebagai Desa Sadar", "id=\"designation-badge\"");
		assertThat(report(READY)).contains("desa ini siap ditetapkan sebagai Desa Sadar.",
				"Belum ditetapkan sebagai Desa Sadar.");
		assertThat(dashboardList("ready")).contains("/villages/" + READY + "\"");
		assertThat(dashboardList("declared")).doesNotContain("/villages/" + READY + "\"");
	}

	@Test
	@DisplayName("domain.md Desa Sadar: a declared village stays declared, never 'ready to be declared', even short of an official since")
	void aDeclaredVillageSaysDeclaredEverywhere() throws Exception {
		assertThat(page(DECLARED)).contains("data-state=\"DECLARED\"", "Desa ini sudah ditetapkan sebagai Desa Sadar.",
				"id=\"designation-badge\"", "Sejak penetapan, syarat berikut belum terpenuhi lagi:")
			.doesNotContain("siap ditetapkan");
		assertThat(report(DECLARED)).contains("Desa ini sudah ditetapkan sebagai Desa Sadar.", "KB/PKL/KEADAAN/1",
				"Sejak penetapan, syarat berikut belum terpenuhi lagi:").doesNotContain("siap ditetapkan");
		assertThat(dashboardList("declared")).contains("/villages/" + DECLARED + "\"");
		assertThat(dashboardList("ready")).doesNotContain("/villages/" + DECLARED + "\"");
	}
}
