package id.desasadar.privacy;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** UU 27/2022: a worker's own data on request, and the anonymisation of a worker who left. */
@IntegrationTest
class PersonalDataIntegrationTest {

	static final String VILLAGE = "33.26.12.2008";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	/** A worker of Wonopringgo, enrolled in JKK and JKM, with this month paid. */
	long enrolledAndPaid(String nik, String name) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long due = ((Number) JsonPath.read(mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andReturn().getResponse().getContentAsString(), "$.monthlyContribution")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(LocalDate.now(ZoneId.of("Asia/Jakarta")), due), enrollment))
			.andExpect(status().isCreated());
		return worker;
	}

	/**
	 * The participant number (KPJ) is personal data (docs/security.md, The public check of a participant card): the
	 * anonymisation clears it and scrubs it from the trail's stored values. A village of its own (Karanggondang).
	 */
	@Test
	void theAnonymisationClearsTheParticipantNumberAndScrubsItFromTheTrail() throws Exception {
		String nik = id.desasadar.Api.freshNik("33.26.07", LocalDate.of(1985, 3, 12), false);
		String json = workerJson(nik, "Kpj Anonim Contoh", "33.26.07.2003", "RESIDENT", LocalDate.of(1985, 3, 12));
		long id = idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
		String number = "19" + String.valueOf(System.nanoTime()).substring(0, 9);
		mvc.perform(put("staff", "/api/v1/workers/{id}",
				json.substring(0, json.lastIndexOf('}')) + ", \"version\": 0, \"participantNumber\": \"" + number + "\"}", id))
			.andExpect(status().isOk()).andExpect(jsonPath("$.participantNumber").value(number));
		String trail = "select count(*) from audit_event where worker_id = ? and (coalesce(old_values::text, '') || coalesce(new_values::text, '')) like ?";
		assertThat(jdbc.queryForObject(trail, Long.class, id, "%" + number + "%")).isPositive();

		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": 1}", id)).andExpect(status().isOk());

		assertThat(jdbc.queryForObject("select participant_number from worker where id = ?", String.class, id)).isNull();
		assertThat(jdbc.queryForObject(trail, Long.class, id, "%" + number + "%")).isZero();
		mvc.perform(get("admin", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.participantNumber").doesNotExist());
	}

	@Test
	void staffDownloadEverythingHeldAboutAWorkerAndTheDownloadIsRecorded() throws Exception {
		String nik = freshWorkerNik();
		long id = enrolledAndPaid(nik, "Data Pribadi Contoh");
		mvc.perform(pages().get("staff", "/workers/{id}/data", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("data-peserta-" + id + ".json")))
			.andExpect(jsonPath("$.worker.nik").value(nik))
			.andExpect(jsonPath("$.worker.name").value("Data Pribadi Contoh"))
			.andExpect(jsonPath("$.consent.version").value("2026-11"))
			.andExpect(jsonPath("$.enrollments[0].programs").value(Matchers.contains("JKK", "JKM")))
			.andExpect(jsonPath("$.enrollments[0].enrolled_on").value(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString()))
			.andExpect(jsonPath("$.enrollments[0].payments[0].months").value(1))
			.andExpect(jsonPath("$.auditTrail[*].recordType").value(Matchers.hasItems("worker", "enrollment", "payment")));
		mvc.perform(get("admin", "/api/v1/workers/{id}/data", id)).andExpect(jsonPath("$.worker.nik").value(nik));
		assertThat(jdbc.queryForList("select actor from audit_event where action = 'DATA_EXPORTED' and worker_id = ? order by id",
				String.class, id)).containsExactly("staff", "admin");
		mvc.perform(pages().get("manager", "/workers/{id}/data", id)).andExpect(status().isForbidden());
		mvc.perform(get("kades.wonopringgo", "/api/v1/workers/{id}/data", id)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorAnonymisesAWorkerWhoLeftAndTheFiguresStayTheSame() throws Exception {
		String nik = freshWorkerNik();
		long id = enrolledAndPaid(nik, "Anonim Nanti Contoh");
		String before = mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=" + VILLAGE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String villageBefore = mvc.perform(get("manager", "/api/v1/villages/" + VILLAGE)).andReturn().getResponse().getContentAsString();

		mvc.perform(pages().get("admin", "/workers/{id}/anonymise", id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("anonymise-form")));
		mvc.perform(pages().post("admin", "/workers/{id}/anonymise", id).param("version", "0"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select nik from worker where id = ?", String.class, id)).isEqualTo(nik);
		mvc.perform(pages().post("staff", "/workers/{id}/anonymise", id).param("version", "0").param("confirmed", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(pages().post("admin", "/workers/{id}/anonymise", id).param("version", "0").param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/workers/" + id));

		assertThat(jdbc.queryForMap("select nik, name, phone, address, occupation, birth_date::text as birth_date, village_code, anonymised_by from worker where id = ?", id))
			.containsEntry("nik", null).containsEntry("name", "ANONIM").containsEntry("phone", null)
			.containsEntry("address", null).containsEntry("occupation", null).containsEntry("birth_date", "1985-01-01")
			.containsEntry("village_code", VILLAGE).containsEntry("anonymised_by", "admin");
		assertThat(mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=" + VILLAGE)).andReturn().getResponse()
			.getContentAsString()).isEqualTo(before);
		assertThat(mvc.perform(get("manager", "/api/v1/villages/" + VILLAGE)).andReturn().getResponse().getContentAsString())
			.isEqualTo(villageBefore);

		// The trail keeps its events but no longer says who the person was.
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where worker_id = ?
				  and (coalesce(old_values::text, '') || coalesce(new_values::text, '')) ~ ?""", Long.class, id,
				nik + "|Anonim Nanti Contoh|1985-03-12|RT 01 RW 02|Penjual nasi goreng|6281234567890")).isZero();
		assertThat(jdbc.queryForList("select action from audit_event where worker_id = ? and record_type = 'worker' order by id",
				String.class, id)).containsSubsequence("INSERT", "UPDATE", "ANONYMISED");

		mvc.perform(pages().get("admin", "/workers/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("anonymised-mark")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("worker-anonymise"))));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Kembali Contoh").replace("}", ", \"version\": 1}"), id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("worker-anonymised"));
		// The NIK no longer blocks a registration: the person may come back as a new participant.
		mvc.perform(post("staff", "/api/v1/workers", workerJson(nik, "Kembali Contoh"))).andExpect(status().isCreated());
	}

	@Test
	void anAnonymisationThroughTheApiNeedsTheVersionReadAndAnAdministrator() throws Exception {
		long id = enrolledAndPaid(freshWorkerNik(), "Anonim Api Contoh");
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{}", id)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": 7}", id)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(post("staff", "/api/v1/workers/{id}/anonymisation", "{\"version\": 0}", id)).andExpect(status().isForbidden());
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": 0}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.nik").doesNotExist())
			.andExpect(jsonPath("$.anonymisedAt").exists());
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": 1}", id))
			.andExpect(status().isUnprocessableContent());
	}
}
