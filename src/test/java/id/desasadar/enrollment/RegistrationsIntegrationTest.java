package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.account.AccountRegistry;
import id.desasadar.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/** api.md, "Registrations": register and enroll in one call, exactly once per client id (issue #15). */
@IntegrationTest
public class RegistrationsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRegistry accounts;

	/** A trader of Desa Wonopringgo with JKK, JKM and JHT, as the booth's queue sends one. */
	public static String registration(String clientId, String nik, String name) {
		return """
				{"clientId": "%s",
				 "worker": %s,
				 "enrollment": {"programs": ["JKK", "JKM", "JHT"], "payer": "SELF", "enrolledOn": "2026-11-02"}}"""
			.formatted(clientId, Api.workerJson(nik, name));
	}

	long workersWithNik(String nik) {
		return jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik);
	}

	@Test
	void savesTheWorkerAndTheEnrollmentOnceAndAnswersEveryLaterSendAsAlreadySaved() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		String first = mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Antrean Sekali Contoh")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/registrations/" + id)))
			.andExpect(jsonPath("$.clientId").value(id))
			.andExpect(jsonPath("$.outcome").value("CREATED"))
			.andExpect(jsonPath("$.worker.nik").value(nik))
			.andExpect(jsonPath("$.enrollment.programs", containsInAnyOrder("JKK", "JKM", "JHT")))
			.andExpect(jsonPath("$.enrollment.enrolledOn").value("2026-11-02"))
			.andReturn().getResponse().getContentAsString();
		int worker = JsonPath.read(first, "$.workerId");
		int enrollment = JsonPath.read(first, "$.enrollmentId");

		for (int resend = 0; resend < 2; resend++) {
			mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Antrean Sekali Contoh")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.outcome").value("ALREADY_SAVED"))
				.andExpect(jsonPath("$.workerId").value(worker))
				.andExpect(jsonPath("$.enrollmentId").value(enrollment));
		}
		assertThat(workersWithNik(nik)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from enrollment where worker_id = ?", Long.class, worker)).isOne();
	}

	/** A phone resending with its NIK typed with spaces and its phone number written another way is the same registration. */
	@Test
	void aResendTypedAnotherWayIsTheSameRegistration() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Ketik Lain Contoh")))
			.andExpect(status().isCreated());
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, " Ketik Lain Contoh ")
				.replace("0812-3456-7890", "+62 812 3456 7890").replace("\"JKK\", \"JKM\", \"JHT\"", "\"jht\", \"JKK\", \"JKM\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALREADY_SAVED"));
	}

	@Test
	void refusesAClientIdUsedForOtherContentAndSavesNothingMore() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Pemilik Kode Contoh")))
			.andExpect(status().isCreated());
		String other = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, other, "Pemakai Kode Lain Contoh")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("client-id-reused"));
		assertThat(workersWithNik(other)).isZero();
	}

	/** The phone sent, its answer was lost, and it sends again and again at once: one worker, never "another participant". */
	@Test
	void twentyIdenticalSendsAtOnceSaveOneWorkerAndAnswerTheOthersAlreadySaved() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		List<MockHttpServletRequestBuilder> sends = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			sends.add(post("staff", "/api/v1/registrations", registration(id, nik, "Dua Puluh Kali Contoh")));
		}

		List<Integer> statuses = Api.statusesAtOnce(mvc, sends);

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(19);
		assertThat(workersWithNik(nik)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from registration where client_id = ?::uuid", Long.class, id)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from enrollment e join worker w on w.id = e.worker_id where w.nik = ?",
				Long.class, nik)).isOne();
	}

	/** Two phones register one person, each with its own id: one is saved, the other told who holds the NIK. */
	@Test
	void twoPhonesSendingOneNikSaveOnePersonAndTellTheOtherWhoHasIt() throws Exception {
		String nik = freshWorkerNik();
		List<MockHttpServletRequestBuilder> sends = new ArrayList<>();
		for (int phone = 0; phone < 2; phone++) {
			sends.add(post("staff", "/api/v1/registrations", registration(UUID.randomUUID().toString(), nik,
					"Dua HP Contoh " + phone)));
		}

		List<Integer> statuses = Api.statusesAtOnce(mvc, sends);

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(workersWithNik(nik)).isOne();
		long holder = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
		mvc.perform(post("staff", "/api/v1/registrations", registration(UUID.randomUUID().toString(), nik, "HP Ketiga Contoh")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-nik"))
			.andExpect(jsonPath("$.existingWorkerId").value(holder));
	}

	@Test
	void namesEveryBadFieldOfTheWorkerAndTheEnrollmentAtOnceAndSavesNothing() throws Exception {
		String nik = freshWorkerNik();
		String body = registration("not-a-uuid", nik, "")
			.replace("\"consent\": true", "\"consent\": false")
			.replace("\"JKK\", \"JKM\", \"JHT\"", "\"JKK\", \"ABC\"")
			.replace("\"payer\": \"SELF\"", "\"payer\": \"NOBODY\"");
		mvc.perform(post("staff", "/api/v1/registrations", body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", hasItems("clientId", "name", "consent", "programs", "payer")));
		assertThat(workersWithNik(nik)).isZero();
	}

	/** A rule of the programs refuses the enrollment: the worker is not saved either (never half-saved). */
	@Test
	void aRuleOfTheProgramsRefusesTheWholeRegistration() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", registration(UUID.randomUUID().toString(), nik, "Pensiun BPU Contoh")
				.replace("\"JKK\", \"JKM\", \"JHT\"", "\"JKK\", \"JKM\", \"JP\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("program-not-eligible"));
		assertThat(workersWithNik(nik)).isZero();
	}

	@Test
	void answersTheFirstBodyToItsSenderAndNotFoundOutOfScopeOrUnknown() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Dibaca Lagi Contoh")))
			.andExpect(status().isCreated());

		mvc.perform(get("staff", "/api/v1/registrations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CREATED"))
			.andExpect(jsonPath("$.worker.name").value("Dibaca Lagi Contoh"));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where action = 'NIK_DISCLOSED' and actor = 'staff'
				and new_values::text like ?""", Long.class, "%registrations/" + id + "%")).isOne();
		String sragi = "staff.sragi." + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfMissing(sragi, "demo", Role.STAFF, "Petugas Sragi", Set.of("33.26.10"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/registrations/{id}", id).with(httpBasic(sragi, "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/registrations/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/registrations/{id}", "not-a-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void isForThoseWhoRegister() throws Exception {
		String body = registration(UUID.randomUUID().toString(), freshWorkerNik(), "Bukan Petugas Contoh");
		mvc.perform(post("manager", "/api/v1/registrations", body)).andExpect(status().isForbidden());
		mvc.perform(post("kades.wonopringgo", "/api/v1/registrations", body)).andExpect(status().isForbidden());
	}

	/** Anonymised (UU 27/2022): the id stays taken, but nothing is left to compare a resend with. */
	@Test
	void anAnonymisedWorkersRegistrationKeepsItsIdButNoDigestOfItsContent() throws Exception {
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		String answer = mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Dianonimkan Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		int worker = JsonPath.read(answer, "$.workerId");
		int version = JsonPath.read(answer, "$.worker.version");
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": %d}".formatted(version), worker))
			.andExpect(status().is2xxSuccessful());

		assertThat(jdbc.queryForObject("select fingerprint is null from registration where client_id = ?::uuid",
				Boolean.class, id)).isTrue();
		mvc.perform(post("staff", "/api/v1/registrations", registration(id, nik, "Dianonimkan Contoh")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("client-id-reused"));
	}
}
