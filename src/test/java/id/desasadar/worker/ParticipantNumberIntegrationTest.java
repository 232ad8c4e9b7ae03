package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Issue #18 item 5: the agency's participant number (KPJ) on the worker, by the API and the worker page. */
@IntegrationTest
class ParticipantNumberIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	/** An 11-digit number no other test of this run uses (the database is shared). */
	static String freshParticipantNumber() {
		return "19" + "%09d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
	}

	String registered(String name) throws Exception {
		return mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	static String withNumber(String workerJson, String nik, long version, String number) {
		String body = workerJson.substring(0, workerJson.lastIndexOf('}'));
		return body + ", \"version\": " + version + (number == null ? "" : ", \"participantNumber\": \"" + number + "\"") + "}";
	}

	@Test
	void putSetsKeepsWhenLeftOutAndClearsWhenEmpty() throws Exception {
		String nik = freshWorkerNik();
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Kpj Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String number = freshParticipantNumber();
		String spaced = number.substring(0, 3) + " " + number.substring(3, 7) + " " + number.substring(7);
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(nik, "Kpj Contoh"), nik, 0, spaced), id))
			.andExpect(status().isOk()).andExpect(jsonPath("$.participantNumber").value(number));
		// left out: kept (clients written before the field existed send the worker without it)
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(nik, "Kpj Contoh Dua"), nik, 1, null), id))
			.andExpect(status().isOk()).andExpect(jsonPath("$.participantNumber").value(number));
		mvc.perform(Api.get("manager", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.participantNumber").value(number));
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(nik, "Kpj Contoh Dua"), nik, 2, ""), id))
			.andExpect(status().isOk()).andExpect(jsonPath("$.participantNumber").doesNotExist());
	}

	@Test
	void aMalformedNumberIsA400NamingItAndAnotherWorkersNumberA409() throws Exception {
		String nik = freshWorkerNik();
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Kpj Salah")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(nik, "Kpj Salah"), nik, 0, "1234"), id))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("participantNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("Nomor peserta (KPJ) harus 11 angka."));

		String otherNik = freshWorkerNik();
		long other = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(otherNik, "Kpj Pemilik")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String number = freshParticipantNumber();
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(otherNik, "Kpj Pemilik"), otherNik, 0, number), other))
			.andExpect(status().isOk());
		mvc.perform(put("staff", "/api/v1/workers/{id}", withNumber(workerJson(nik, "Kpj Salah"), nik, 0, number), id))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("duplicate-participant-number"));
		mvc.perform(Api.get("staff", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.participantNumber").doesNotExist())
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void theWorkerPageSetsItAndNamesAMalformedOne() throws Exception {
		long id = idOf(registered("Kpj Halaman"));
		Pages pages = new Pages(accounts);
		String number = freshParticipantNumber();
		mvc.perform(pages.post("staff", "/workers/{id}/participant-number", id).param("participantNumber", number))
			.andExpect(redirectedUrl("/workers/" + id)).andExpect(flash().attribute("participantNumberSaved", true));
		String page = mvc.perform(pages.get("staff", "/workers/{id}", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"worker-participant-number\">" + number + "<");
		mvc.perform(pages.post("staff", "/workers/{id}/participant-number", id).param("participantNumber", "12ab"))
			.andExpect(redirectedUrl("/workers/" + id))
			.andExpect(flash().attribute("participantNumberProblem", "Nomor peserta (KPJ) harus 11 angka."));
		mvc.perform(pages.post("kades.wonopringgo", "/workers/{id}/participant-number", id).param("participantNumber", number))
			.andExpect(status().isForbidden());
		String json = mvc.perform(Api.get("staff", "/api/v1/workers/{id}", id)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(json, "$.participantNumber")).isEqualTo(number);
	}
}
