package id.desasadar.village;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The village page. Tests that change a village use their own village of Kecamatan Doro (33.26.06), which
 * the demo data does not designate; the demo villages of the village heads are put back as they were.
 */
@IntegrationTest
class VillagePagesIntegrationTest {

	static final LocalDate BORN = LocalDate.of(1979, 4, 5);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	String village(String code) throws Exception {
		return mvc.perform(Api.get("manager", "/api/v1/villages/{code}", code))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	long worker(String villageCode, String role, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(freshNik("33.26.06", BORN, false), name, villageCode, role, BORN)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	void enroll(long worker) throws Exception {
		mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "VILLAGE_BUDGET"}""", worker))
			.andExpect(status().isCreated());
	}

	static String text(String json, String path) {
		Object value = JsonPath.read(json, path);
		return value == null ? "" : String.valueOf(value);
	}

	@Test
	void answersTheNotFoundPageForAVillageOutOfScope() throws Exception {
		mvc.perform(pages().get("kades.kedungjaran", "/villages/33.26.12.2008"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")))
			.andExpect(content().string(not(containsString("Wonopringgo"))));
		mvc.perform(pages().get("manager", "/villages/33.26.12")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/villages/33.26.12.9999").param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void showsAVillageHeadTheirVillageWithMaskedNiksTheChecklistAndTheProfileForm() throws Exception {
		String nik = freshNik("33.26.10", BORN, false);
		long id = idOf(mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(nik, "AAA Warga Kedungjaran Contoh", "33.26.10.2013", "RESIDENT", BORN)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		String masked = nik.substring(0, 4) + "************";
		mvc.perform(pages().get("kades.kedungjaran", "/villages/33.26.10.2013"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"village-name\">Kedungjaran<")))
			.andExpect(content().string(containsString("href=\"/workers/" + id + "\">AAA Warga Kedungjaran Contoh<")))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(nik))))
			.andExpect(content().string(containsString("Belum terdaftar")))
			.andExpect(content().string(containsString("id=\"checklist\"")))
			.andExpect(content().string(containsString("id=\"profile-form\"")))
			.andExpect(content().string(not(containsString("id=\"designation-form\""))));
		mvc.perform(pages().get("staff", "/villages/33.26.10.2013"))
			.andExpect(content().string(containsString(nik)))
			.andExpect(content().string(not(containsString("id=\"profile-form\""))));
	}

	@Test
	void letsAVillageHeadEditTheProfileWithErrorsBesideTheFields() throws Exception {
		String code = "33.26.10.2013";
		String before = village(code);
		mvc.perform(pages().post("kades.kedungjaran", "/villages/{code}/profile", code)
				.param("headName", "Kepala Kedungjaran Contoh")
				.param("headPhone", "12345")
				.param("officialsCount", "sembilan")
				.param("rtRwHeadsCount", "6000")
				.param("version", text(before, "$.profileVersion")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"headPhone-error\"")))
			.andExpect(content().string(containsString("Nomor HP harus nomor seluler")))
			.andExpect(content().string(containsString("id=\"officialsCount-error\"")))
			.andExpect(content().string(containsString("Isi dengan angka bulat")))
			.andExpect(content().string(containsString("id=\"rtRwHeadsCount-error\"")))
			.andExpect(content().string(containsString("value=\"sembilan\"")));
		assertThat(text(village(code), "$.headName")).isEqualTo(text(before, "$.headName"));

		saveProfile(before, "Kepala Kedungjaran Contoh")
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/villages/" + code))
			.andExpect(flash().attribute("flash", "villages.profile.saved"));
		String after = village(code);
		assertThat(text(after, "$.headName")).isEqualTo("Kepala Kedungjaran Contoh");
		assertThat(text(after, "$.officialsCount")).isEqualTo(text(before, "$.officialsCount"));
		// Put the demo village back as it was.
		saveProfile(after, text(before, "$.headName")).andExpect(status().is3xxRedirection());
		assertThat(text(village(code), "$.headName")).isEqualTo(text(before, "$.headName"));
	}

	/** The village head saves the profile as it is, with another head name. */
	org.springframework.test.web.servlet.ResultActions saveProfile(String current, String headName) throws Exception {
		var request = pages().post("kades.kedungjaran", "/villages/{code}/profile", "33.26.10.2013")
			.param("headName", headName)
			.param("headPhone", text(current, "$.headPhone"))
			.param("officialsCount", text(current, "$.officialsCount"))
			.param("rtRwHeadsCount", text(current, "$.rtRwHeadsCount"))
			.param("workforceEstimate", text(current, "$.workforceEstimate"))
			.param("version", text(current, "$.profileVersion"));
		if (Boolean.TRUE.equals(JsonPath.read(current, "$.bumdesActive"))) {
			request.param("bumdesActive", "true");
		}
		return mvc.perform(request);
	}

	@Test
	void refusesAStaleProfileWithAClearMessage() throws Exception {
		String code = "33.26.06.2002";
		mvc.perform(pages().post("admin", "/villages/{code}/profile", code).param("officialsCount", "7"))
			.andExpect(status().is3xxRedirection());
		long version = Long.parseLong(text(village(code), "$.profileVersion"));
		mvc.perform(pages().post("admin", "/villages/{code}/profile", code)
				.param("officialsCount", "8").param("version", String.valueOf(version + 1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"profile-problem\"")))
			.andExpect(content().string(containsString("baru saja diubah oleh orang lain")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		assertThat(text(village(code), "$.officialsCount")).isEqualTo("7");
	}

	@Test
	void letsAManagerDeclareButNotEditTheProfile() throws Exception {
		String code = "33.26.06.2003";
		mvc.perform(pages().get("manager", "/villages/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"designation-form\"")))
			.andExpect(content().string(not(containsString("id=\"profile-form\""))));
		mvc.perform(pages().post("manager", "/villages/{code}/profile", code).param("headName", "Bukan Manajer Contoh"))
			.andExpect(status().isForbidden());
		mvc.perform(pages().post("staff", "/villages/{code}/designation", code)
				.param("declaredOn", "2026-01-05").param("agreementNumber", "KB/STAFF/1"))
			.andExpect(status().isForbidden());
		mvc.perform(Api.get("manager", "/api/v1/villages/{code}", code))
			.andExpect(jsonPath("$.headName").value(not("Bukan Manajer Contoh")))
			.andExpect(jsonPath("$.designation.status").value("NONE"));
	}

	@Test
	void refusesTheDesignationWithWhatIsMissingThenDeclaresTheReadyVillage() throws Exception {
		String code = "33.26.06.2004";
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		mvc.perform(pages().post("admin", "/villages/{code}/profile", code)
				.param("headName", "Kepala Rogoselo Contoh").param("officialsCount", "1"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(pages().post("manager", "/villages/{code}/designation", code).param("declaredOn", today))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"agreementNumber-error\"")))
			.andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(pages().post("manager", "/villages/{code}/designation", code)
				.param("declaredOn", today).param("agreementNumber", "KB/PKL/2026/090"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"designation-problem\"")))
			.andExpect(content().string(containsString("belum memenuhi syarat Desa Sadar")))
			.andExpect(content().string(containsString("Kepala desa belum terdaftar.")))
			.andExpect(content().string(containsString("Belum semua perangkat desa terdaftar.")));
		mvc.perform(Api.get("manager", "/api/v1/villages/{code}", code))
			.andExpect(jsonPath("$.designation.status").value("NONE"));

		enroll(worker(code, "HEAD", "Kepala Rogoselo Contoh"));
		enroll(worker(code, "OFFICIAL", "Sekretaris Rogoselo Contoh"));
		mvc.perform(pages().get("manager", "/villages/{code}", code))
			.andExpect(content().string(containsString("siap ditetapkan sebagai Desa Sadar")))
			.andExpect(content().string(containsString("Belum bayar")));
		mvc.perform(pages().post("manager", "/villages/{code}/designation", code)
				.param("declaredOn", today).param("agreementNumber", "KB/PKL/2026/090"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/villages/" + code))
			.andExpect(flash().attribute("flash", "villages.designation.saved"));
		mvc.perform(Api.get("manager", "/api/v1/villages/{code}", code))
			.andExpect(jsonPath("$.designation.status").value("DECLARED"))
			.andExpect(jsonPath("$.designation.agreementNumber").value("KB/PKL/2026/090"));
		mvc.perform(pages().get("kades.kedungjaran", "/villages/{code}", code)).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/villages/{code}", code))
			.andExpect(content().string(containsString("id=\"designation-badge\"")))
			.andExpect(content().string(containsString("KB/PKL/2026/090")))
			.andExpect(content().string(not(containsString("id=\"designation-form\""))));
	}

	@Test
	void listsTheEventsOfTheVillageAndSpeaksEnglish() throws Exception {
		String code = "33.26.06.2005";
		long campaign = idOf(mvc.perform(Api.post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye Doro Contoh", "regionCode": "33.26.06", "startsOn": "2026-01-01",
				 "endsOn": "2026-12-31", "targetEnrollments": 40}"""))
			.andReturn().getResponse().getContentAsString());
		long event = idOf(mvc.perform(Api.post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "Sosialisasi Harjosari Contoh", "kind": "SOCIALIZATION",
				 "date": "2026-02-10"}""".formatted(campaign, code)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		mvc.perform(pages().get("manager", "/villages/{code}", code).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/events/" + event + "\"")))
			.andExpect(content().string(containsString("Information session")))
			.andExpect(content().string(containsString("Desa Sadar checklist")))
			.andExpect(content().string(not(containsString("Syarat Desa Sadar"))));
	}
}
