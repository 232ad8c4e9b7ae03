package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The worker page's lifecycle forms and the correction page against PostgreSQL (issue #17, items 1 and 2). */
@IntegrationTest
class WorkerLifecyclePagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	long worker(String nik, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long enroll(long worker, String enrolledOn) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments",
				"{\"programs\": [\"JKK\", \"JKM\"], \"enrolledOn\": \"" + enrolledOn + "\"}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	static Map<String, String> with(Map<String, String> form, String field, String value) {
		Map<String, String> changed = new java.util.HashMap<>(form);
		changed.put(field, value);
		return changed;
	}

	long version(String table, long id) {
		return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	@Test
	void correctsAWorkersDataWithTheVersionCheckAndTheAuditTrail() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Salah Ketik Contoh");
		mvc.perform(pages().get("staff", "/workers/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Salah Ketik Contoh\"")));
		long version = version("worker", id);
		Map<String, String> form = Map.of("nik", nik, "name", "Salah Ketik Dibetulkan Contoh", "birthDate", "1985-04-12",
				"sex", "MALE", "villageCode", "33.26.12.2008", "segment", "BPU", "sector", "TRADE", "monthlyIncome",
				"1.000.000", "villageRole", "RESIDENT");
		var post = pages().post("staff", "/workers/{id}/edit", id).param("version", String.valueOf(version));
		form.forEach(post::param);
		mvc.perform(post).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select name from worker where id = ?", String.class, id))
			.isEqualTo("Salah Ketik Dibetulkan Contoh");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where record_type = 'worker' and record_id = ? and action = 'UPDATE'
				  and actor = 'staff' and new_values ->> 'name' = 'Salah Ketik Dibetulkan Contoh'""", Long.class,
				String.valueOf(id))).isEqualTo(1);

		// A second officer with the page opened before: told, nothing overwritten.
		var stale = pages().post("staff", "/workers/{id}/edit", id).param("version", String.valueOf(version));
		with(form, "name", "Timpa Contoh").forEach(stale::param);
		mvc.perform(stale)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"edit-problem\"")));
		assertThat(jdbc.queryForObject("select name from worker where id = ?", String.class, id))
			.isEqualTo("Salah Ketik Dibetulkan Contoh");

		var bad = pages().post("staff", "/workers/{id}/edit", id).param("version", String.valueOf(version + 1));
		with(form, "birthDate", "1985-02-31").forEach(bad::param);
		mvc.perform(bad)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"birthDate-error\"")));
		mvc.perform(pages().get("kades.wonopringgo", "/workers/{id}/edit", id)).andExpect(status().isForbidden());
	}

	@Test
	void changesEndsAndEnrollsAgainFromTheWorkerPage() throws Exception {
		long id = worker(freshWorkerNik(), "Siklus Halaman Contoh");
		long enrollment = enroll(id, LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
		mvc.perform(pages().get("staff", "/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"change-form\"")))
			.andExpect(content().string(containsString("id=\"end-form\"")));

		mvc.perform(pages().post("staff", "/workers/{id}/enrollments/{e}/change", id, enrollment)
				.param("programs", "JKK", "JKM", "JHT").param("payer", "SELF")
				.param("version", String.valueOf(version("enrollment", enrollment))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select program from enrollment_program where enrollment_id = ? order by program",
				String.class, enrollment)).containsExactly("JHT", "JKK", "JKM");

		mvc.perform(pages().post("staff", "/workers/{id}/enrollments/{e}/end", id, enrollment)
				.param("reason", "OTHER").param("version", String.valueOf(version("enrollment", enrollment))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"note\"")));
		mvc.perform(pages().post("staff", "/workers/{id}/enrollments/{e}/end", id, enrollment)
				.param("reason", "DUPLICATE").param("version", String.valueOf(version("enrollment", enrollment))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(pages().get("staff", "/workers/{id}", id))
			.andExpect(content().string(containsString("id=\"ended-" + enrollment + "\"")))
			.andExpect(content().string(containsString("id=\"enroll-again-form\"")));

		mvc.perform(pages().post("staff", "/workers/{id}/enrollments", id).param("programs", "JKK", "JKM")
				.param("payer", "SELF"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from enrollment where worker_id = ? and ended_on is null",
				Long.class, id)).isOne();
		mvc.perform(pages().post("kades.wonopringgo", "/workers/{id}/enrollments", id).param("programs", "JKK", "JKM"))
			.andExpect(status().isForbidden());
	}
}
