package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two people correcting one worker (issue #6 item 7): whoever saves second is told (409 stale-version) and
 * nothing is overwritten silently, whether the edits overlap in time or not.
 */
@IntegrationTest
class ConcurrentEditsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void ofEditsSentAtOnceFromTheSameVersionExactlyOneIsSavedAndTheOthersAreTold() throws Exception {
		String nik = freshWorkerNik();
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Serentak Edit Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		int editors = 8;
		List<MockHttpServletRequestBuilder> edits = new ArrayList<>();
		for (int i = 0; i < editors; i++) {
			edits.add(put(i % 2 == 0 ? "staff" : "admin", "/api/v1/workers/{id}",
					workerJson(nik, "Serentak Edit Contoh " + i).replace("}", ", \"version\": 0}"), id));
		}
		List<Integer> statuses = statusesAtOnce(mvc, edits);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(editors - 1);
		int saved = statuses.indexOf(200);
		assertThat(jdbc.queryForMap("select name, version from worker where id = ?", id))
			.containsEntry("name", "Serentak Edit Contoh " + saved).containsEntry("version", 1L);
		// The trail holds the one change that was saved, and no lost one.
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'worker' and record_id = ? and action = 'UPDATE'",
				Long.class, String.valueOf(id))).isOne();
	}

	@Test
	void theSecondOfTwoEditsFromTheSameReadingIsToldWithAProblemAndTheVersionNow() throws Exception {
		String nik = freshWorkerNik();
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Dua Editor Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Dua Editor Pertama").replace("}", ", \"version\": 0}"), id))
			.andExpect(status().isOk());
		mvc.perform(put("admin", "/api/v1/workers/{id}", workerJson(nik, "Dua Editor Kedua").replace("}", ", \"version\": 0}"), id))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.code").value("stale-version"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		mvc.perform(get("staff", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.name").value("Dua Editor Pertama"));
	}

	@Test
	void theVersionTravelsAsAnEntityTagToo() throws Exception {
		String nik = freshWorkerNik();
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Etag Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(get("staff", "/api/v1/workers/{id}", id)).andExpect(header().string("ETag", "\"0\""));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Etag Contoh Baru"), id).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Etag Contoh Lama"), id).header("If-Match", "\"0\""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Etag Contoh Tanpa"), id))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}
}
