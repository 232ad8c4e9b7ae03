package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

/**
 * domain.md, PU contributions: a PU month is due by the 15th of the FOLLOWING month (the payment term of V31), so
 * a PU worker is not in arrears, nor lapsed, a month early, in the API and on the worker page. Dates follow
 * today: the month a PU worker has paid through when all that is due is paid.
 */
@IntegrationTest
class PuCoverageIntegrationTest {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	final LocalDate today = LocalDate.now(JAKARTA);

	final Coverage bpu = new Coverage(CoveragePolicy.DEFAULT);

	/** The latest month due today for PU: the one before BPU's. */
	final YearMonth lastDuePu = bpu.lastMonthDue(today).minusMonths(1);

	long puWorker(String name) throws Exception {
		String json = workerJson(freshWorkerNik(), name).replace("\"segment\": \"BPU\"",
				"\"segment\": \"PU\", \"employerSize\": \"MICRO\", \"riskClass\": 1").replace("1000000", "3000000");
		return idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
	}

	long enroll(long worker, YearMonth from) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "%s"}""".formatted(from.atDay(1)), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** Pays the next month due at what the enrollment asks (fines included). */
	String payOne(long enrollment) throws Exception {
		String view = mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long due = ((Number) JsonPath.read(view, "$.amountToPay")).longValue();
		return mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(today, due), enrollment))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	@Test
	@DisplayName("domain.md PU contributions: paid through the last month due by the following month's 15th, a PU worker is ACTIVE, where BPU would be in arrears")
	void aPuWorkerPaidThroughTheLastMonthDueIsActive() throws Exception {
		long worker = puWorker("Pekerja PU Aktif Contoh");
		long enrollment = enroll(worker, lastDuePu);
		String paid = payOne(enrollment);
		assertThat((String) JsonPath.read(paid, "$.lastMonth")).isEqualTo(lastDuePu.toString());

		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.monthsUnpaid").value(0))
			.andExpect(jsonPath("$.paidThrough").value(lastDuePu.toString()));
		// The BPU reading of the same months: one month unpaid.
		assertThat(bpu.statusOf(lastDuePu, false, today)).isEqualTo(CoverageStatus.ARREARS);
		mvc.perform(new Pages(accounts).get("staff", "/workers/{id}", worker).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Aktif</span>")));
	}

	@Test
	@DisplayName("domain.md PU contributions, Lapse and return: three PU months unpaid are arrears to settle, not a lapse, so the payment settles the oldest")
	void aPuWorkerLapsesAMonthLater() throws Exception {
		YearMonth first = lastDuePu.minusMonths(2);
		long enrollment = enroll(puWorker("Pekerja PU Menunggak Contoh"), first);
		// Nothing paid and three PU months due: still arrears, so the payment covers the first month, not this one.
		String paid = payOne(enrollment);
		assertThat((String) JsonPath.read(paid, "$.firstMonth")).isEqualTo(first.toString());
		mvc.perform(get("staff", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(jsonPath("$.status").value("ARREARS"))
			.andExpect(jsonPath("$.monthsUnpaid").value(2))
			.andExpect(jsonPath("$.nextMonthDue").value(first.plusMonths(1).toString()));
		// Read as BPU, those months would have lapsed already.
		assertThat(bpu.monthsUnpaid(first.minusMonths(1), today)).isEqualTo(4);
	}
}
