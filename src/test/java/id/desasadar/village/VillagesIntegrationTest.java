package id.desasadar.village;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Each test works on its own village of Kecamatan Wonopringgo that the demo data does not designate, and
 * counts relative to what the village held before.
 */
@IntegrationTest
class VillagesIntegrationTest {

	static final LocalDate BORN = LocalDate.of(1980, 6, 1);

	@Autowired
	MockMvc mvc;

	long enrolledWorker(String villageCode, String role, String name) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers",
				workerJson(freshNik(BORN, false), name, villageCode, role, BORN)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "VILLAGE_BUDGET"}""", worker))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	String village(String code) throws Exception {
		return mvc.perform(get("manager", "/api/v1/villages/{code}", code))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	static long read(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	@Test
	void showsAVillageWithItsRegionProfileDesignationAndFigures() throws Exception {
		String code = "33.26.12.2001";
		String before = village(code);
		long enrollment = enrolledWorker(code, "RESIDENT", "Warga Jetakkidul Contoh");
		String due = mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(LocalDate.now(ZoneId.of("Asia/Jakarta")),
				read(due, "$.monthlyContribution")), enrollment))
			.andExpect(status().isCreated());
		idOf(mvc.perform(post("staff", "/api/v1/workers",
				workerJson(freshNik(BORN, false), "Belum Daftar Contoh", code, "RESIDENT", BORN)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		mvc.perform(get("kades.wonopringgo", "/api/v1/villages/{code}", "33.26.12.2008"))
			.andExpect(status().isOk());
		String after = mvc.perform(get("manager", "/api/v1/villages/{code}", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.name").value("Jetakkidul"))
			.andExpect(jsonPath("$.level").value("VILLAGE"))
			.andExpect(jsonPath("$.parentCode").value("33.26.12"))
			.andExpect(jsonPath("$.kind").value("DESA"))
			.andExpect(jsonPath("$.designation.status").value("NONE"))
			.andReturn().getResponse().getContentAsString();
		assertThat(read(after, "$.stats.workers")).isEqualTo(read(before, "$.stats.workers") + 2);
		assertThat(read(after, "$.stats.enrolled")).isEqualTo(read(before, "$.stats.enrolled") + 1);
		assertThat(read(after, "$.stats.active")).isEqualTo(read(before, "$.stats.active") + 1);
	}

	@Test
	void answersNotFoundForADistrictAnUnknownCodeAndAVillageOutsideTheScope() throws Exception {
		mvc.perform(get("manager", "/api/v1/villages/{code}", "33.26.12"))
			.andExpect(status().isNotFound());
		mvc.perform(get("manager", "/api/v1/villages/{code}", "33.26.12.9999"))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.kedungjaran", "/api/v1/villages/{code}", "33.26.12.2008"))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.kedungjaran", "/api/v1/villages/{code}/readiness", "33.26.12.2008"))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.kedungjaran", "/api/v1/villages/{code}", "33.26.10.2013"))
			.andExpect(status().isOk());
	}

	@Test
	void updatesTheProfileAndRefusesAStaleVersion() throws Exception {
		String code = "33.26.12.2002";
		long version = read(village(code), "$.profileVersion");
		String profile = """
				{"headName": "Kepala Sastrodirjan Contoh", "headPhone": "0812-1111-2222", "officialsCount": 9,
				 "rtRwHeadsCount": 24, "workforceEstimate": 2100, "bumdesActive": true, "version": %d}""";
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", profile.formatted(version), code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headName").value("Kepala Sastrodirjan Contoh"))
			.andExpect(jsonPath("$.headPhone").value("+6281211112222"))
			.andExpect(jsonPath("$.officialsCount").value(9))
			.andExpect(jsonPath("$.rtRwHeadsCount").value(24))
			.andExpect(jsonPath("$.workforceEstimate").value(2100))
			.andExpect(jsonPath("$.bumdesActive").value(true));
		long current = read(village(code), "$.profileVersion");
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile",
				profile.formatted(current).replace("\"officialsCount\": 9", "\"officialsCount\": 10"), code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.officialsCount").value(10));
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile",
				profile.formatted(current).replace("\"officialsCount\": 9", "\"officialsCount\": 11"), code))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(get("manager", "/api/v1/villages/{code}", code))
			.andExpect(jsonPath("$.officialsCount").value(10));
	}

	@Test
	void letsAVillageHeadEditOnlyTheirOwnVillage() throws Exception {
		String own = village("33.26.12.2008");
		// Puts back what the profile holds, so the demo village keeps its figures.
		String same = """
				{"headName": %s, "headPhone": %s, "officialsCount": %s, "rtRwHeadsCount": %s, "workforceEstimate": %s,
				 "bumdesActive": %s, "version": %d}""".formatted(json(own, "$.headName"), json(own, "$.headPhone"),
				json(own, "$.officialsCount"), json(own, "$.rtRwHeadsCount"), json(own, "$.workforceEstimate"),
				json(own, "$.bumdesActive"), read(own, "$.profileVersion"));
		mvc.perform(put("kades.wonopringgo", "/api/v1/villages/{code}/profile", same, "33.26.12.2008"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("33.26.12.2008"));
		String other = """
				{"headName": "Bukan Desanya Contoh", "officialsCount": 5}""";
		mvc.perform(put("kades.wonopringgo", "/api/v1/villages/{code}/profile", other, "33.26.12.2004"))
			.andExpect(status().isNotFound());
		mvc.perform(put("staff", "/api/v1/villages/{code}/profile", other, "33.26.12.2004"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		mvc.perform(put("manager", "/api/v1/villages/{code}/profile", other, "33.26.12.2004"))
			.andExpect(status().isForbidden());
		mvc.perform(get("manager", "/api/v1/villages/{code}", "33.26.12.2004"))
			.andExpect(jsonPath("$.headName").value(org.hamcrest.Matchers.not("Bukan Desanya Contoh")));
	}

	static String json(String body, String path) {
		Object value = JsonPath.read(body, path);
		return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
	}

	@Test
	void namesEveryBadProfileField() throws Exception {
		String code = "33.26.12.2004";
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", """
				{"officialsCount": -1, "headPhone": "abc", "rtRwHeadsCount": 6000}""", code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("officialsCount", "headPhone", "rtRwHeadsCount")));
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", """
				{"workforceEstimate": "x"}""", code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("workforceEstimate")));
	}

	@Test
	void declaresAVillageOnlyOnceItIsReady() throws Exception {
		String code = "33.26.12.2003";
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		String declaration = """
				{"declaredOn": "%s", "agreementNumber": "KB/PKL/2026/017"}""".formatted(today);
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", """
				{"headName": "Kepala Legokgunung Contoh", "officialsCount": 2}""", code))
			.andExpect(status().isOk());
		mvc.perform(get("kades.wonopringgo", "/api/v1/villages/{code}/readiness", code))
			.andExpect(status().isNotFound());
		mvc.perform(get("manager", "/api/v1/villages/{code}/readiness", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headEnrolled").value(false))
			.andExpect(jsonPath("$.officialsEnrolled").value(0))
			.andExpect(jsonPath("$.officialsCount").value(2))
			.andExpect(jsonPath("$.rtRwHeadsEnrolled").value(0))
			.andExpect(jsonPath("$.bumdesActive").value(false))
			.andExpect(jsonPath("$.ready").value(false))
			.andExpect(jsonPath("$.missing", contains("head-not-enrolled", "officials-not-enrolled")));
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("designation-not-ready"))
			.andExpect(jsonPath("$.missing", contains("head-not-enrolled", "officials-not-enrolled")));

		enrolledWorker(code, "HEAD", "Kepala Desa Legokgunung Contoh");
		enrolledWorker(code, "OFFICIAL", "Sekdes Legokgunung Contoh");
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing", contains("officials-not-enrolled")));
		enrolledWorker(code, "OFFICIAL", "Kaur Legokgunung Contoh");
		mvc.perform(get("manager", "/api/v1/villages/{code}/readiness", code))
			.andExpect(jsonPath("$.headEnrolled").value(true))
			.andExpect(jsonPath("$.officialsEnrolled").value(2))
			.andExpect(jsonPath("$.ready").value(true))
			.andExpect(jsonPath("$.missing", empty()));

		mvc.perform(post("staff", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isForbidden());
		mvc.perform(post("kades.wonopringgo", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isForbidden());
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "http://localhost/api/v1/villages/" + code))
			.andExpect(jsonPath("$.status").value("DECLARED"))
			.andExpect(jsonPath("$.declaredOn").value(today))
			.andExpect(jsonPath("$.agreementNumber").value("KB/PKL/2026/017"));
		mvc.perform(get("manager", "/api/v1/villages/{code}", code))
			.andExpect(jsonPath("$.designation.status").value("DECLARED"))
			.andExpect(jsonPath("$.designation.declaredOn").value(today))
			.andExpect(jsonPath("$.designation.agreementNumber").value("KB/PKL/2026/017"));
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", declaration, code))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-designated"));
	}

	@Test
	void namesEveryBadDesignationField() throws Exception {
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString();
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", """
				{"declaredOn": "%s", "agreementNumber": ""}""".formatted(tomorrow), "33.26.12.2005"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("declaredOn", "agreementNumber")));
		mvc.perform(post("manager", "/api/v1/villages/{code}/designation", "{}", "33.26.12"))
			.andExpect(status().isNotFound());
	}
}
