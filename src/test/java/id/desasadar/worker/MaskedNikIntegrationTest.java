package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.account.AccountRegistry;
import id.desasadar.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #16, item 1: a masked NIK cannot be rebuilt. The mask shows no digit of the serial, the one part that the
 * village, birth date and sex shown beside it do not give; a viewer who sees NIKs masked searches by the whole
 * NIK only (no prefix oracle), each search recorded as a disclosure, found or not, and throttled.
 */
@IntegrationTest
class MaskedNikIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	long worker(String nik, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** A manager of its own (throttle counts per account), with the demo password. */
	String freshManager() {
		String username = "masked-" + UUID.randomUUID().toString().substring(0, 8);
		registry.createIfMissing(username, "demo", Role.MANAGER, "Uji NIK tersamar", Set.of("33.26"));
		return username;
	}

	@Test
	void theMaskShowsNoDigitOfTheSerialNorOfTheBirthDate() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Samaran Tak Terbangun");
		String shown = mvc.perform(Api.get("manager", "/api/v1/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nikMasked").value(true))
			.andExpect(jsonPath("$.birthDate").value("1985-03-12"))
			.andReturn().getResponse().getContentAsString();
		String masked = nik.substring(0, 4) + "************";
		assertThat(shown).contains("\"" + masked + "\"").doesNotContain(nik).doesNotContain(nik.substring(12));
		// What the viewer can put together: province + regency from the mask, district from the village, the date
		// and sex from the birth date; the serial stays one of 9,999.
		assertThat(masked.replaceAll("\\D", "")).hasSize(4);
	}

	@Test
	void aMaskedViewerSearchesByTheWholeNikOnlyOnTheApiAndThePage() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Cari Utuh Contoh");
		String manager = freshManager();
		for (String prefix : new String[] { nik.substring(0, 12), nik.substring(0, 15), nik.substring(0, 4) }) {
			mvc.perform(Api.get(manager, "/api/v1/workers").param("q", prefix))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("q"));
			mvc.perform(new Pages(accounts).post(manager, "/workers").param("q", prefix))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"search-whole-nik\"")))
				.andExpect(content().string(not(containsString("href=\"/workers/" + id + "\""))));
		}
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", nik))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].nik").value(nik.substring(0, 4) + "************"));
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", nik.substring(0, 4) + " " + nik.substring(4)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id));
		mvc.perform(new Pages(accounts).post(manager, "/workers").param("q", nik))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/workers/" + id + "\"")))
			.andExpect(content().string(not(containsString(">" + nik + "<"))));
		// Staff registers workers and still finds them by the start of the NIK.
		// a page as large as the contract allows: the other tests' workers share the prefix (up to 100 NIKs)
		mvc.perform(Api.get("staff", "/api/v1/workers").param("q", nik.substring(0, 14)).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"id\":" + id)));
	}

	@Test
	void eachSearchByNikIsRecordedAsADisclosureFoundOrNotWithoutTheNik() throws Exception {
		String nik = freshWorkerNik();
		worker(nik, "Jejak Cari Contoh");
		String manager = freshManager();
		String absent = nik.substring(0, 12) + (nik.endsWith("9999") ? "9998" : "9999");
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", nik)).andExpect(status().isOk());
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", absent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());
		var events = jdbc.queryForList("""
				select new_values::text as v from audit_event
				where actor = ? and action = 'NIK_DISCLOSED' and record_type = 'worker-nik-search' order by id""", manager);
		assertThat(events).hasSize(2);
		assertThat(events.get(0).get("v").toString()).contains("\"found\": 1").contains(nik.substring(0, 4) + "************")
			.doesNotContain(nik).contains("GET /api/v1/workers");
		assertThat(events.get(1).get("v").toString()).contains("\"found\": 0").doesNotContain(absent);
	}

	@Test
	void searchesByNikAreThrottledPerAccount() throws Exception {
		String nik = freshWorkerNik();
		worker(nik, "Batas Cari Contoh");
		String manager = freshManager();
		for (int i = 0; i < 30; i++) {
			mvc.perform(Api.get(manager, "/api/v1/workers").param("q", nik)).andExpect(status().isOk());
		}
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", nik))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("too-many-nik-searches"));
		mvc.perform(new Pages(accounts).post(manager, "/workers").param("q", nik))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-nik-limited\"")));
		// A name search is not limited, nor another account.
		mvc.perform(Api.get(manager, "/api/v1/workers").param("q", "batas cari")).andExpect(status().isOk());
		mvc.perform(Api.get(freshManager(), "/api/v1/workers").param("q", nik)).andExpect(status().isOk());
	}
}
