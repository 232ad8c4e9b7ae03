package id.desasadar.audit;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trail as the application writes and shows it: the actor of the page or API request, NIK disclosures
 * (one per worker shown, one per list or export), the /audit page and its API with filters and scope.
 */
@IntegrationTest
class AuditTrailIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	long register(String user, String json) throws Exception {
		return idOf(mvc.perform(post(user, "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long maxEventId() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	List<Map<String, Object>> eventsSince(long id) {
		return jdbc.queryForList("""
				select actor, action, record_type, record_id, worker_id, village_code,
				       old_values::text as old_values, new_values::text as new_values
				from audit_event where id > ? order by id""", id);
	}

	@Test
	void aRegistrationAndACorrectionThroughTheApiAreRecordedWithTheCallerAndTheOldAndNewValues() throws Exception {
		String nik = freshWorkerNik();
		long before = maxEventId();
		long id = register("staff", workerJson(nik, "Jejak Registrasi Contoh"));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Jejak Koreksi Contoh").replace("}", ", \"version\": 0}"), id))
			.andExpect(status().isOk());
		List<Map<String, Object>> events = eventsSince(before).stream()
			.filter(e -> "worker".equals(e.get("record_type")) && String.valueOf(id).equals(e.get("record_id"))).toList();
		assertThat(events).extracting(e -> e.get("action")).containsExactly("INSERT", "UPDATE");
		assertThat(events).extracting(e -> e.get("actor")).containsOnly("staff");
		assertThat(events).extracting(e -> e.get("village_code")).containsOnly("33.26.12.2008");
		assertThat((String) events.get(0).get("new_values")).contains("Jejak Registrasi Contoh");
		assertThat((String) events.get(1).get("old_values")).contains("Jejak Registrasi Contoh");
		assertThat((String) events.get(1).get("new_values")).contains("Jejak Koreksi Contoh");
	}

	@Test
	void anEnrollmentAndAPaymentAreRecordedUnderTheirWorker() throws Exception {
		long worker = register("staff", workerJson(freshWorkerNik(), "Jejak Iuran Contoh"));
		long before = maxEventId();
		long enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long due = ((Number) com.jayway.jsonpath.JsonPath.read(mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andReturn().getResponse().getContentAsString(), "$.monthlyContribution")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(LocalDate.now(ZoneId.of("Asia/Jakarta")), due), enrollment))
			.andExpect(status().isCreated());
		List<Map<String, Object>> events = eventsSince(before);
		assertThat(events).filteredOn(e -> Long.valueOf(worker).equals(((Number) e.get("worker_id")).longValue()))
			.extracting(e -> e.get("record_type") + " " + e.get("action"))
			.contains("enrollment INSERT", "enrollment_program INSERT", "payment INSERT", "enrollment UPDATE");
		assertThat(events).filteredOn(e -> "payment".equals(e.get("record_type")))
			.allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("staff"));
	}

	@Test
	void aFullNikShownOnTheApiAndTheWorkerPageIsRecordedAndAMaskedOneIsNot() throws Exception {
		String nik = freshWorkerNik();
		long id = register("staff", workerJson(nik, "Jejak NIK Contoh"));
		long before = maxEventId();
		mvc.perform(get("staff", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.nik").value(nik));
		mvc.perform(pages().get("admin", "/workers/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(nik)));
		mvc.perform(get("manager", "/api/v1/workers/{id}", id)).andExpect(jsonPath("$.nikMasked").value(true));
		mvc.perform(pages().get("kades.wonopringgo", "/workers/{id}", id)).andExpect(status().isOk());
		List<Map<String, Object>> disclosures = eventsSince(before).stream()
			.filter(e -> "NIK_DISCLOSED".equals(e.get("action"))).toList();
		assertThat(disclosures).extracting(e -> e.get("actor") + " " + e.get("record_id") + " " + e.get("new_values"))
			.containsExactly("staff " + id + " {\"where\": \"GET /api/v1/workers/" + id + "\"}",
					"admin " + id + " {\"where\": \"page /workers/" + id + "\"}");
		assertThat(disclosures).allSatisfy(e -> assertThat((String) e.get("new_values")).doesNotContain(nik));
	}

	@Test
	void aListOrExportOfFullNiksIsOneEventWithItsFilter() throws Exception {
		String nik = freshWorkerNik();
		register("staff", workerJson(nik, "Jejak Daftar Contoh"));
		long before = maxEventId();
		mvc.perform(get("staff", "/api/v1/workers?q=" + nik)).andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(pages().get("staff", "/workers?q=Jejak Daftar")).andExpect(status().isOk());
		mvc.perform(pages().get("staff", "/villages/33.26.12.2008")).andExpect(status().isOk());
		mvc.perform(get("staff", "/api/v1/follow-up.csv?regionCode=33.26")).andExpect(status().isOk());
		mvc.perform(pages().get("staff", "/villages/33.26.12.2008/workers.csv")).andExpect(status().isOk());
		mvc.perform(get("manager", "/api/v1/follow-up.csv?regionCode=33.26")).andExpect(status().isOk());
		List<Map<String, Object>> lists = eventsSince(before).stream()
			.filter(e -> "worker-list".equals(e.get("record_type"))).toList();
		assertThat(lists).extracting(e -> e.get("actor")).containsOnly("staff");
		assertThat(lists).extracting(e -> (String) e.get("new_values"))
			.anySatisfy(v -> assertThat(v).contains("\"where\": \"GET /api/v1/workers\"").contains("\"rows\": 1")
				.contains(nik.substring(0, 4) + "************").doesNotContain(nik))
			.anySatisfy(v -> assertThat(v).contains("\"where\": \"page /workers\""))
			.anySatisfy(v -> assertThat(v).contains("\"where\": \"page /villages/33.26.12.2008\""))
			.anySatisfy(v -> assertThat(v).contains("\"where\": \"page /villages/33.26.12.2008/workers.csv\""))
			.anySatisfy(v -> assertThat(v).contains("\"where\": \"GET /api/v1/follow-up.csv\"").contains("\"regionCode\": \"33.26\""));
		assertThat(lists).filteredOn(e -> ((String) e.get("new_values")).contains("follow-up.csv")).hasSize(1);
	}

	@Test
	void theAuditPageFiltersByPersonRecordActionAndDays() throws Exception {
		String nik = freshWorkerNik();
		long id = register("staff", workerJson(nik, "Jejak Halaman Contoh"));
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		mvc.perform(pages().get("admin", "/audit?recordType=worker&recordId={id}&action=INSERT&actor=staff&from={d}&to={d}", id, today, today))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Jejak Halaman Contoh")))
			.andExpect(content().string(Matchers.containsString("data-record-id=\"" + id + "\"")));
		mvc.perform(pages().get("admin", "/audit?recordType=worker&recordId={id}&actor=admin", id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-record-id=\"" + id + "\""))));
		mvc.perform(pages().get("admin", "/audit?recordType=worker&recordId={id}&to=2019-01-01", id))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-record-id=\"" + id + "\""))));
		mvc.perform(pages().get("admin", "/audit?from=2026-02-01&to=2026-01-01&action=NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("is-invalid")));
	}

	@Test
	void theApiTwinIsPagedNewestFirstWithTheChangedFieldsOnly() throws Exception {
		String nik = freshWorkerNik();
		long id = register("staff", workerJson(nik, "Jejak Api Contoh"));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Jejak Api Contoh Baru").replace("}", ", \"version\": 0}"), id))
			.andExpect(status().isOk());
		mvc.perform(get("admin", "/api/v1/audit?recordType=worker&recordId={id}&size=1", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.content[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.content[0].actor").value("staff"))
			.andExpect(jsonPath("$.content[0].changes[*].field").value(Matchers.contains("name")))
			.andExpect(jsonPath("$.content[0].changes[0].old").value("Jejak Api Contoh"))
			.andExpect(jsonPath("$.content[0].changes[0].value").value("Jejak Api Contoh Baru"));
		mvc.perform(get("admin", "/api/v1/audit?action=SOMETHING&from=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("action", "from")));
	}

	@Test
	void theTrailShowsANikMaskedToAManagerAndRecordsItsDisclosureToAnAdministrator() throws Exception {
		String nik = freshWorkerNik();
		long id = register("staff", workerJson(nik, "Jejak Masker Contoh"));
		String masked = nik.substring(0, 4) + "************";
		mvc.perform(get("manager", "/api/v1/audit?recordType=worker&recordId={id}&action=INSERT", id))
			.andExpect(jsonPath("$.content[0].changes[?(@.field == 'nik')].value").value(Matchers.contains(masked)));
		mvc.perform(pages().get("manager", "/audit?recordType=worker&recordId={id}", id))
			.andExpect(content().string(Matchers.containsString(masked)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(nik))));
		long before = maxEventId();
		mvc.perform(get("admin", "/api/v1/audit?recordType=worker&recordId={id}&action=INSERT", id))
			.andExpect(jsonPath("$.content[0].changes[?(@.field == 'nik')].value").value(Matchers.contains(nik)));
		assertThat(eventsSince(before)).filteredOn(e -> "NIK_DISCLOSED".equals(e.get("action")))
			.extracting(e -> e.get("actor") + " " + e.get("new_values"))
			.singleElement().asString().startsWith("admin ").contains("GET /api/v1/audit").contains("\"recordId\": \"" + id + "\"");
	}

	@Test
	void aManagerReadsTheTrailOfItsScopeAndNoAccountsAndOthersMayNotReadIt() throws Exception {
		long inScope = register("staff", workerJson(freshWorkerNik(), "Jejak Lingkup Contoh"));
		long outOfScope = register("admin", workerJson(freshWorkerNik(), "Jejak Luar Contoh").replace("33.26.12.2008", "33.01.01.2001"));
		mvc.perform(get("manager", "/api/v1/audit?recordType=worker&recordId={id}", inScope))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("manager", "/api/v1/audit?recordType=worker&recordId={id}", outOfScope))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("admin", "/api/v1/audit?recordType=worker&recordId={id}", outOfScope))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("manager", "/api/v1/audit?recordType=account")).andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("admin", "/api/v1/audit?recordType=account")).andExpect(jsonPath("$.content[*].recordType", everyItem(is("account"))));
		mvc.perform(get("manager", "/api/v1/audit?size=200"))
			.andExpect(jsonPath("$.content[*].recordType", Matchers.not(hasItem("account"))));
		mvc.perform(pages().get("manager", "/audit")).andExpect(status().isOk());
		mvc.perform(pages().get("staff", "/audit")).andExpect(status().isForbidden());
		mvc.perform(pages().get("kades.wonopringgo", "/audit")).andExpect(status().isForbidden());
		mvc.perform(get("staff", "/api/v1/audit")).andExpect(status().isForbidden());
	}

	@Test
	void theWorkerPageLinksToItsHistoryForThoseWhoMayReadIt() throws Exception {
		long id = register("staff", workerJson(freshWorkerNik(), "Jejak Tautan Contoh"));
		mvc.perform(pages().get("manager", "/workers/{id}", id))
			.andExpect(content().string(Matchers.containsString("href=\"/audit?workerId=" + id + "\"")));
		mvc.perform(pages().get("staff", "/workers/{id}", id))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/audit?workerId="))));
		mvc.perform(pages().get("admin", "/audit?workerId={id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Jejak Tautan Contoh")));
		mvc.perform(pages().get("manager", "/")).andExpect(content().string(Matchers.containsString("href=\"/audit\"")));
		mvc.perform(pages().get("staff", "/")).andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/audit\""))));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("issue #19 item 2: the trail in words, times in WIB, NIK disclosures one click away")
	void theAuditPageSpeaksInWordsWithTimesInTheBranchZoneAndDisclosuresOneClickAway() throws Exception {
		String nik = freshWorkerNik();
		long id = register("staff", workerJson(nik, "Jejak Kata Contoh"));
		mvc.perform(put("staff", "/api/v1/workers/{id}", workerJson(nik, "Jejak Kata Contoh")
			.replace("1000000", "2500000").replace("\"TRADE\"", "\"AGRICULTURE\"").replace("}", ", \"version\": 0}"), id))
			.andExpect(status().isOk());
		mvc.perform(pages().get("admin", "/workers/{id}", id)).andExpect(status().isOk());
		String page = mvc.perform(pages().get("manager", "/audit?workerId={id}", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("staff mengubah peserta #" + id + ": Sektor usaha, Penghasilan per bulan.",
				"staff membuat peserta #" + id + ".", "Penghasilan per bulan", "Rp1.000.000", "Rp2.500.000", "Perdagangan",
				"Pertanian", "Peran di desa", " WIB</time>", "id=\"audit-disclosures-hidden\"",
				"href=\"/audit?workerId=" + id + "&amp;action=NIK_DISCLOSED\"")
			.doesNotContain("monthly_income", "RESIDENT", "data-action=\"NIK_DISCLOSED\"");
		mvc.perform(pages().get("manager", "/audit?workerId={id}&action=NIK_DISCLOSED", id))
			.andExpect(content().string(Matchers.containsString("data-action=\"NIK_DISCLOSED\"")))
			.andExpect(content().string(Matchers.containsString("admin melihat NIK lengkap di halaman /workers/" + id)));
		mvc.perform(pages().get("manager", "/audit?workerId={id}&lang=en", id))
			.andExpect(content().string(Matchers.containsString("staff changed the participant #" + id + ": Sector, Monthly income.")));
	}
}
