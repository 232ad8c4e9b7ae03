package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.jayway.jsonpath.JsonPath;

/**
 * A participation's whole life against PostgreSQL (issue #17, items 1, 2, 3 and 7; domain.md, Lapse and return,
 * PP 50/2025; api.md, Enrollment lifecycle), under the default setting: a lapsed participation resumes by paying.
 */
@IntegrationTest
class EnrollmentLifecycleIntegrationTest {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long worker(String name) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long enroll(long worker, String enrollment) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", enrollment, worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	String view(long enrollment) throws Exception {
		return mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	static String payment(Object paidOn, int months, long amount) {
		return """
				{"paidOn": "%s", "months": %d, "amount": %d}""".formatted(paidOn, months, amount);
	}

	/** Enrolled at the 2019 festival with JKK, JKM and JHT, paid a year ahead, then nothing: lapsed since 2020. */
	long lapsedSince2020(String name) throws Exception {
		long enrollment = enroll(worker(name), """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2019-08-21"}""");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 12, 12 * 36800), enrollment))
			.andExpect(status().isCreated());
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment)).andExpect(jsonPath("$.status").value("LAPSED"));
		return enrollment;
	}

	@Test
	void aLapsedParticipationResumesByPayingFromTheMonthPaidTheMonthsBetweenStayUnpaid() throws Exception {
		long enrollment = lapsedSince2020("Kembali Bayar Contoh");
		LocalDate today = LocalDate.now(JAKARTA);
		YearMonth thisMonth = YearMonth.from(today);
		String before = view(enrollment);
		assertThat((String) JsonPath.read(before, "$.nextMonthDue")).isEqualTo("2020-08");
		assertThat((String) JsonPath.read(before, "$.nextMonthToPay")).isEqualTo(thisMonth.toString());
		long due = ((Number) JsonPath.read(before, "$.amountToPay")).longValue();

		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(today, 1, due), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstMonth").value(thisMonth.toString()))
			.andExpect(jsonPath("$.lastMonth").value(thisMonth.toString()));
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.paidThrough").value(thisMonth.toString()))
			.andExpect(jsonPath("$.resumedFrom").value(thisMonth.toString()))
			.andExpect(jsonPath("$.coveredSince").value(thisMonth.toString()));
		// The months between stay unpaid: no payment covers August 2020 to last month.
		assertThat(jdbc.queryForObject("select count(*) from payment where enrollment_id = ? and last_month >= '2020-08-01' and first_month < ?",
				Long.class, enrollment, thisMonth.atDay(1))).isZero();
	}

	/** Rolled back: the demo data's figures stay as other tests know them. */
	@Test
	@Transactional
	void lapsedDemoWorkersCanBeBroughtBack() throws Exception {
		LocalDate today = LocalDate.now(JAKARTA);
		YearMonth lapsedBefore = YearMonth.from(today).minusMonths(today.getDayOfMonth() > 15 ? 3 : 4);
		List<Map<String, Object>> lapsed = jdbc.queryForList("""
				select e.id from enrollment e join worker w on w.id = e.worker_id
				where e.ended_on is null and e.paid_through < ? and w.village_code like '33.26.%' and w.name ilike '%(contoh)%'
				  and e.resumed_from is null
				order by e.id limit 3""", lapsedBefore.atDay(1));
		assertThat(lapsed).isNotEmpty();
		for (Map<String, Object> row : lapsed) {
			long enrollment = ((Number) row.get("id")).longValue();
			String before = view(enrollment);
			assertThat((String) JsonPath.read(before, "$.status")).isEqualTo("LAPSED");
			long due = ((Number) JsonPath.read(before, "$.amountToPay")).longValue();
			mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(today, 1, due), enrollment))
				.andExpect(status().isCreated());
			mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment)).andExpect(jsonPath("$.status").value("ACTIVE"));
		}
	}

	@Test
	void anEndedEnrollmentTakesNoPaymentAndTheWorkerIsEnrolledAgain() throws Exception {
		long worker = worker("Akhir Lalu Daftar Contoh");
		long enrollment = enroll(worker, """
				{"programs": ["JKK", "JKM"], "enrolledOn": "2026-01-05"}""");
		long version = ((Number) JsonPath.read(view(enrollment), "$.version")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"endedOn": "2026-06-30", "reason": "MOVED_TO_PU", "note": "bekerja di pabrik", "version": %d}""".formatted(version + 1),
				enrollment))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"endedOn": "2026-06-30", "reason": "MOVED_TO_PU", "note": "bekerja di pabrik", "version": %d}""".formatted(version),
				enrollment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endedOn").value("2026-06-30"))
			.andExpect(jsonPath("$.endReason").value("MOVED_TO_PU"))
			.andExpect(jsonPath("$.endedBy").value("staff"));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(LocalDate.now(JAKARTA), 1, 8400), enrollment))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("enrollment-ended"));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"reason": "LEFT"}""", enrollment))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("enrollment-ended"));
		// The end is in the audit trail, by whom and with the reason.
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where record_type = 'enrollment' and record_id = ? and action = 'UPDATE'
				  and actor = 'staff' and new_values ->> 'end_reason' = 'MOVED_TO_PU'""", Long.class, String.valueOf(enrollment)))
			.isEqualTo(1);

		long again = enroll(worker, """
				{"programs": ["JKK", "JKM", "JHT"]}""");
		assertThat(again).isNotEqualTo(enrollment);
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", again)).andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void anEndNamesEveryBadField() throws Exception {
		long enrollment = enroll(worker("Akhir Salah Contoh"), """
				{"programs": ["JKK", "JKM"], "enrolledOn": "2026-01-05"}""");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"endedOn": "5-1-2026", "reason": "BORED"}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("endedOn", "reason")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"reason": "OTHER"}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("note")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"reason": "LAPSED"}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/end", """
				{"endedOn": "2025-12-31", "reason": "LEFT"}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("endedOn")));
		mvc.perform(post("kades.wonopringgo", "/api/v1/enrollments/{id}/end", """
				{"reason": "LEFT"}""", enrollment))
			.andExpect(status().isForbidden());
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment)).andExpect(jsonPath("$.status").value("PENDING"));
	}

	@Test
	void programsAndPayerChangeFromTheNextMonthDueAndTheAnswerShowsTheNewContribution() throws Exception {
		LocalDate today = LocalDate.now(JAKARTA);
		long enrollment = enroll(worker("Tambah JHT Contoh"), """
				{"programs": ["JKK", "JKM"]}""");
		String before = view(enrollment);
		long core = ((Number) JsonPath.read(before, "$.amountToPay")).longValue();
		long version = ((Number) JsonPath.read(before, "$.version")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(today, 1, core), enrollment))
			.andExpect(status().isCreated());
		YearMonth next = YearMonth.from(today).plusMonths(1);
		String after = mvc.perform(put("staff", "/api/v1/enrollments/{id}", """
				{"programs": ["JKK", "JKM", "JHT"], "payer": "SPONSOR", "sponsorName": "GN Lingkaran", "version": %d}"""
			.formatted(version + 1), enrollment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.programs", containsInAnyOrder("JKK", "JKM", "JHT")))
			.andExpect(jsonPath("$.payer").value("SPONSOR"))
			.andExpect(jsonPath("$.changedFrom").value(next.toString()))
			.andExpect(jsonPath("$.breakdown.JHT").value(20000))
			.andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(after, "$.monthlyContribution")).longValue()).isGreaterThan(core);
		// The month paid stays paid as it was.
		mvc.perform(get("staff", "/api/v1/enrollments/{id}/payments", enrollment))
			.andExpect(jsonPath("$[0].amount").value(core));
		long stale = version;
		mvc.perform(put("staff", "/api/v1/enrollments/{id}", """
				{"programs": ["JKK", "JKM"], "version": %d}""".formatted(stale), enrollment))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("stale-version"));
		long current = ((Number) JsonPath.read(after, "$.version")).longValue();
		mvc.perform(put("staff", "/api/v1/enrollments/{id}", """
				{"programs": ["JKK", "JKM", "JP"], "version": %d}""".formatted(current), enrollment))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("program-not-eligible"));
		mvc.perform(put("staff", "/api/v1/enrollments/{id}", """
				{"programs": [], "payer": "NOBODY"}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("programs", "payer", "version")));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where record_type = 'enrollment_program' and record_id = ? and action = 'INSERT'
				  and actor = 'staff' and new_values ->> 'program' = 'JHT'""", Long.class, String.valueOf(enrollment)))
			.isEqualTo(1);
	}

	@Test
	void aFullRatePaymentMadeBeforePp50Of2025IsCreditedWithMoreMonths() throws Exception {
		// domain.md PP 50/2025: enrolled on 1 December 2025 (trade, Rp1,000,000, with JHT: Rp36,800), paid 12 months
		// on 10 December 2025 at the full rate, Rp441,600. December 2025 to March 2026 at 36,800, April to November at
		// 28,400: 374,400; the 67,200 left pays December 2026 (28,400) and January 2027 (36,800), and Rp2,000 stays.
		long enrollment = enroll(worker("Kredit PP 50 Contoh"), """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2025-12-01"}""");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2025-12-10", 12, 12 * 36800), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.months").value(14))
			.andExpect(jsonPath("$.firstMonth").value("2025-12"))
			.andExpect(jsonPath("$.lastMonth").value("2027-01"))
			.andExpect(jsonPath("$.creditRule").value("PP-50-2025"))
			.andExpect(jsonPath("$.creditLeft").value(2000));
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.paidThrough").value("2027-01"))
			.andExpect(jsonPath("$.credit").value(2000));
	}

	@Test
	void theFullRatePaidAfterPp50Of2025CameIntoForceIsRefusedNamingTheAmountDue() throws Exception {
		long enrollment = enroll(worker("Penuh Sesudah Contoh"), """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2026-01-05"}""");
		// January to March 2026 at 36,800, April to December at 28,400: 366,000.
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2026-01-10", 12, 12 * 36800), enrollment))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("amount-mismatch"))
			.andExpect(jsonPath("$.expectedAmount").value(366000));
	}
}
