package id.desasadar.enrollment;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class EnrollmentsIntegrationTest {

	static final String TRADER_2019 = """
			{"programs": ["JKK", "JKM", "JHT"], "payer": "SELF", "enrolledOn": "2019-08-21"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long register(String json) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long registerTrader(String name) throws Exception {
		return register(workerJson(freshWorkerNik(), name));
	}

	long enroll(long workerId, String json) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", json, workerId))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long enrollmentsOf(long workerId) {
		return jdbc.queryForObject("select count(*) from enrollment where worker_id = ?", Long.class, workerId);
	}

	@Test
	void enrollsATraderAtThe2019RatesWithItsBreakdownAndLocation() throws Exception {
		long worker = registerTrader("Pendaftaran Festival Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", TRADER_2019, worker))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/enrollments/")))
			.andExpect(jsonPath("$.workerId").value(worker))
			.andExpect(jsonPath("$.programs", containsInAnyOrder("JKK", "JKM", "JHT")))
			.andExpect(jsonPath("$.enrolledOn").value("2019-08-21"))
			.andExpect(jsonPath("$.payer").value("SELF"))
			.andExpect(jsonPath("$.monthlyContribution").value(36800))
			.andExpect(jsonPath("$.breakdown.JKK").value(10000))
			.andExpect(jsonPath("$.breakdown.JKM").value(6800))
			.andExpect(jsonPath("$.breakdown.JHT").value(20000))
			.andExpect(jsonPath("$.status").value("PENDING"));
		assertThat(enrollmentsOf(worker)).isEqualTo(1);
	}

	@Test
	void enrollsTodayWhenNoDateIsGivenWithThePp50DiscountWhileItLasts() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		YearMonth month = YearMonth.from(today);
		// PP 50/2025: half of JKK and JKM for a non-transport BPU in the contribution months April to December 2026.
		boolean discounted = !month.isBefore(YearMonth.of(2026, 4)) && !month.isAfter(YearMonth.of(2026, 12));
		long worker = registerTrader("Pendaftaran Hari Ini Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "SELF"}""", worker))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.enrolledOn").value(today.toString()))
			.andExpect(jsonPath("$.monthlyContribution").value(discounted ? 8400 : 16800))
			.andExpect(jsonPath("$.breakdown.JKK").value(discounted ? 5000 : 10000))
			.andExpect(jsonPath("$.breakdown.JKM").value(discounted ? 3400 : 6800))
			.andExpect(jsonPath("$.breakdown.JHT").doesNotExist())
			.andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void chargesTheFullContributionWhenTheStateOrRegionalBudgetPays() throws Exception {
		// PP 50/2025 does not apply to contributions paid from APBN/APBD.
		for (String payer : List.of("REGIONAL_BUDGET", "STATE_BUDGET")) {
			long worker = registerTrader("Dibayar Anggaran Contoh " + payer);
			mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
					{"programs": ["JKK", "JKM"], "payer": "%s"}""".formatted(payer), worker))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.payer").value(payer))
				.andExpect(jsonPath("$.monthlyContribution").value(16800));
		}
	}

	@Test
	void refusesJpForSelfEmployed() throws Exception {
		long worker = registerTrader("Pensiun Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JP"]}""", worker))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("program-not-eligible"));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void requiresTheCoreProgramsForSelfEmployed() throws Exception {
		long worker = registerTrader("Hari Tua Saja Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JHT"]}""", worker))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("core-programs-required"));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void refusesASelfEmployedWorkerAged65OrOlder() throws Exception {
		LocalDate born = LocalDate.of(1950, 5, 17);
		long worker = register(workerJson(freshNik(born, false), "Sepuh Contoh", "33.26.12.2008", "RESIDENT", born));
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"]}""", worker))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("age-limit"));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void refusesASecondOpenEnrollment() throws Exception {
		long worker = registerTrader("Dua Kali Contoh");
		long first = enroll(worker, TRADER_2019);
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"]}""", worker))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("already-enrolled"))
			.andExpect(jsonPath("$.existingEnrollmentId").value(first));
		assertThat(enrollmentsOf(worker)).isEqualTo(1);
	}

	@Test
	void namesEveryBadFieldAndSavesNothing() throws Exception {
		long worker = registerTrader("Isian Salah Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["XYZ"], "payer": "NOBODY", "enrolledOn": "2030-01-01", "eventId": 987654321}""", worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("programs", "payer", "enrolledOn", "eventId")));
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "SPONSOR", "enrolledOn": "21-08-2019"}""", worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("sponsorName", "enrolledOn")));
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{}", worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("programs")));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void namesAFieldOfTheWrongJsonTypeAndANonNumericId() throws Exception {
		long worker = registerTrader("Tipe Salah Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "eventId": "festival"}""", worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("eventId")));
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("id")));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void keepsTheStatusOfOtherRequestProblems() throws Exception {
		long enrollment = enroll(registerTrader("Format Lain Contoh"), TRADER_2019);
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment).accept(MediaType.valueOf("text/csv")))
			.andExpect(status().isNotAcceptable());
		mvc.perform(MockMvcRequestBuilders.delete("/api/v1/enrollments/{id}", enrollment).with(httpBasic("staff", "demo")))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void recordsTheSponsorWhenASponsorPays() throws Exception {
		long worker = registerTrader("Disponsori Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "SPONSOR", "sponsorName": "GN Lingkaran",
				 "enrolledOn": "2019-08-21"}""", worker))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.payer").value("SPONSOR"))
			.andExpect(jsonPath("$.sponsorName").value("GN Lingkaran"))
			.andExpect(jsonPath("$.monthlyContribution").value(16800));
	}

	@Test
	void refusesAnEventOutsideTheScope() throws Exception {
		// An event in Kabupaten Cilacap (33.01), which the admin (scope 33) may hold and the staff (33.26) cannot see.
		long event = idOf(mvc.perform(post("admin", "/api/v1/events", """
				{"villageCode": "33.01.01.2001", "name": "Sosialisasi Luar Contoh", "kind": "SOCIALIZATION",
				 "date": "2019-08-21"}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		long worker = registerTrader("Acara Luar Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "eventId": %d}""".formatted(event), worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("eventId")));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void onlyStaffAndAdminEnroll() throws Exception {
		long worker = registerTrader("Hak Akses Contoh");
		mvc.perform(post("manager", "/api/v1/workers/{id}/enrollments", TRADER_2019, worker))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		mvc.perform(post("kades.wonopringgo", "/api/v1/workers/{id}/enrollments", TRADER_2019, worker))
			.andExpect(status().isForbidden());
		assertThat(enrollmentsOf(worker)).isZero();
		mvc.perform(post("admin", "/api/v1/workers/{id}/enrollments", TRADER_2019, worker))
			.andExpect(status().isCreated());
	}

	@Test
	void answersNotFoundForAnUnknownWorker() throws Exception {
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", TRADER_2019, 987654321L))
			.andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", 987654321L))
			.andExpect(status().isNotFound());
	}

	@Test
	void hidesAnEnrollmentOutsideTheScope() throws Exception {
		long wonopringgo = enroll(registerTrader("Lingkup Pendaftaran Contoh"), TRADER_2019);
		mvc.perform(get("kades.kedungjaran", "/api/v1/enrollments/{id}", wonopringgo))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.kedungjaran", "/api/v1/enrollments/{id}/payments", wonopringgo))
			.andExpect(status().isNotFound());
		// In scope for its village head, without the amounts (issue #16: IncomesHiddenIntegrationTest).
		mvc.perform(get("kades.wonopringgo", "/api/v1/enrollments/{id}", wonopringgo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountsHidden").value(true));
		mvc.perform(get("manager", "/api/v1/enrollments/{id}", wonopringgo))
			.andExpect(jsonPath("$.monthlyContribution").value(36800));
		// A worker of Desa Kedungjaran, with a NIK issued in Kecamatan Sragi.
		LocalDate born = LocalDate.of(1985, 3, 12);
		long kedungjaran = enroll(register(workerJson(freshNik("33.26.10", born, false), "Kedungjaran Contoh",
				"33.26.10.2013", "RESIDENT", born)), TRADER_2019);
		mvc.perform(get("kades.kedungjaran", "/api/v1/enrollments/{id}", kedungjaran))
			.andExpect(status().isOk());
		mvc.perform(get("kades.wonopringgo", "/api/v1/enrollments/{id}", kedungjaran))
			.andExpect(status().isNotFound());
	}

	@Test
	void enrollsAWorkerOnceWhenTwoEnrollmentsArriveAtOnce() throws Exception {
		long worker = registerTrader("Serentak Pendaftaran Contoh");
		String uri = "/api/v1/workers/{id}/enrollments";
		List<Integer> statuses = Api.statusesAtOnce(mvc,
				List.of(post("staff", uri, TRADER_2019, worker), post("staff", uri, TRADER_2019, worker)));
		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(enrollmentsOf(worker)).isEqualTo(1);
	}
}
