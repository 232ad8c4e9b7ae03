package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class PaymentsIntegrationTest {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A trader enrolled in JKK, JKM and JHT at the 2019 festival: Rp36,800 a month. */
	long enrolledAtTheFestival(String name) throws Exception {
		return enrolled(name, """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2019-08-21"}""");
	}

	long enrolled(String name, String enrollment) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", enrollment, worker))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	static String payment(Object paidOn, int months, long amount) {
		return """
				{"paidOn": "%s", "months": %d, "amount": %d}""".formatted(paidOn, months, amount);
	}

	long paymentsOf(long enrollment) {
		return jdbc.queryForObject("select count(*) from payment where enrollment_id = ?", Long.class, enrollment);
	}

	@Test
	void recordsTwelveMonthsPaidInAdvanceAtThe2019Contribution() throws Exception {
		long enrollment = enrolledAtTheFestival("Bayar Setahun Contoh");
		String location = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 12, 12 * 36800), enrollment))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location",
					startsWith("http://localhost/api/v1/enrollments/" + enrollment + "/payments/")))
			.andExpect(jsonPath("$.enrollmentId").value(enrollment))
			.andExpect(jsonPath("$.amount").value(441600))
			.andExpect(jsonPath("$.firstMonth").value("2019-08"))
			.andExpect(jsonPath("$.lastMonth").value("2020-07"))
			.andExpect(jsonPath("$.recordedBy").value("staff"))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.paidThrough").value("2020-07"))
			.andExpect(jsonPath("$.nextMonthDue").value("2020-08"));
		mvc.perform(get("staff", location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(441600));
		mvc.perform(get("kades.kedungjaran", location))
			.andExpect(status().isNotFound());
		long other = enrolledAtTheFestival("Bayar Lain Contoh");
		mvc.perform(get("staff", location.replace("/enrollments/" + enrollment + "/", "/enrollments/" + other + "/")))
			.andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/enrollments/{id}/payments", enrollment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].paidOn").value("2019-08-25"))
			.andExpect(jsonPath("$[0].months").value(12));
	}

	@Test
	void refusesAWrongAmountAndNamesTheExpectedOne() throws Exception {
		long enrollment = enrolledAtTheFestival("Salah Jumlah Contoh");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 12, 12 * 16800), enrollment))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("amount-mismatch"))
			.andExpect(jsonPath("$.expectedAmount").value(441600));
		assertThat(paymentsOf(enrollment)).isZero();
	}

	@Test
	void namesEveryBadPaymentField() throws Exception {
		long enrollment = enrolledAtTheFestival("Isian Bayar Salah Contoh");
		LocalDate tomorrow = LocalDate.now(JAKARTA).plusDays(1);
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(tomorrow, 1, 36800), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("paidOn")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-20", 1, 36800), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("paidOn")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 0, 36800), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("months")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 13, 13 * 36800), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("months")));
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "25-08-2019", "amount": 0}""", enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("paidOn", "months", "amount")));
		assertThat(paymentsOf(enrollment)).isZero();
	}

	@Test
	void resumesAParticipationThatLapsedFromTheMonthPaid() throws Exception {
		// domain.md, Lapse and return: by default a payment on a LAPSED enrollment resumes it from the month paid.
		long enrollment = enrolledAtTheFestival("Berhenti Bayar Contoh");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", 12, 12 * 36800), enrollment))
			.andExpect(status().isCreated());
		LocalDate today = LocalDate.now(JAKARTA);
		long due = ((Number) JsonPath.read(mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("LAPSED"))
			.andReturn().getResponse().getContentAsString(), "$.amountToPay")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(today, 1, due), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstMonth").value(YearMonth.from(today).toString()));
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.paidThrough").value(YearMonth.from(today).toString()));
		assertThat(paymentsOf(enrollment)).isEqualTo(2);
	}

	@Test
	void becomesActiveOncePaidForTheMonthOfEnrollment() throws Exception {
		// Enrolled this month: paying this month makes it active whether or not its due day (the 15th) has passed.
		long enrollment = enrolled("Aktif Contoh", """
				{"programs": ["JKK", "JKM"]}""");
		String view = mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		long due = ((Number) JsonPath.read(view, "$.monthlyContribution")).longValue();
		LocalDate today = LocalDate.now(JAKARTA);
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment(today, 1, due), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstMonth").value(YearMonth.from(today).toString()));
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.paidThrough").value(YearMonth.from(today).toString()))
			.andExpect(jsonPath("$.monthsUnpaid").value(0));
	}

	@Test
	void onlyStaffAndAdminRecordPayments() throws Exception {
		long enrollment = enrolledAtTheFestival("Bayar Hak Akses Contoh");
		String json = payment("2019-08-25", 1, 36800);
		mvc.perform(post("manager", "/api/v1/enrollments/{id}/payments", json, enrollment))
			.andExpect(status().isForbidden());
		mvc.perform(post("kades.wonopringgo", "/api/v1/enrollments/{id}/payments", json, enrollment))
			.andExpect(status().isForbidden());
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", json, 987654321L))
			.andExpect(status().isNotFound());
		assertThat(paymentsOf(enrollment)).isZero();
		mvc.perform(get("manager", "/api/v1/enrollments/{id}/payments", enrollment))
			.andExpect(status().isOk());
	}

	@Test
	void queuesConcurrentPaymentsSoThatEachCoversTheNextMonth() throws Exception {
		long enrollment = enrolledAtTheFestival("Bayar Serentak 2019 Contoh");
		List<Integer> statuses = payAtOnce(enrollment, 8, payment("2019-08-25", 1, 36800));
		// The 2019 contribution is the same every month, so every payment fits: August 2019 to March 2020.
		assertThat(statuses).containsOnly(201).hasSize(8);
		assertPaidThroughMatchesThePayments(enrollment, YearMonth.of(2019, 8), 8);
	}

	@Test
	void neverLetsConcurrentPaymentsOfThisMonthOverlap() throws Exception {
		long enrollment = enrolled("Bayar Serentak Contoh", """
				{"programs": ["JKK", "JKM"]}""");
		String view = mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andReturn().getResponse().getContentAsString();
		long due = ((Number) JsonPath.read(view, "$.monthlyContribution")).longValue();
		LocalDate today = LocalDate.now(JAKARTA);
		List<Integer> statuses = payAtOnce(enrollment, 5, payment(today, 1, due));
		// A later month may cost another amount (the PP 50/2025 discount ends): those answer 422 amount-mismatch.
		assertThat(statuses).containsOnly(201, 422).contains(201);
		long created = statuses.stream().filter(s -> s == 201).count();
		assertPaidThroughMatchesThePayments(enrollment, YearMonth.from(today), created);
	}

	List<Integer> payAtOnce(long enrollment, int attempts, String json) throws Exception {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			requests.add(post("staff", "/api/v1/enrollments/{id}/payments", json, enrollment));
		}
		return Api.statusesAtOnce(mvc, requests);
	}

	/** The payments cover consecutive months from the first one, without overlap, up to the month paid through. */
	void assertPaidThroughMatchesThePayments(long enrollment, YearMonth first, long payments) {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select first_month, last_month from payment where enrollment_id = ? order by first_month", enrollment);
		assertThat(rows).hasSize((int) payments);
		YearMonth expected = first;
		for (Map<String, Object> row : rows) {
			assertThat(YearMonth.from(((java.sql.Date) row.get("first_month")).toLocalDate())).isEqualTo(expected);
			expected = YearMonth.from(((java.sql.Date) row.get("last_month")).toLocalDate()).plusMonths(1);
		}
		LocalDate paidThrough = jdbc.queryForObject("select paid_through from enrollment where id = ?", LocalDate.class,
				enrollment);
		assertThat(YearMonth.from(paidThrough)).isEqualTo(first.plusMonths(payments - 1));
	}
}
