package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import id.desasadar.IntegrationTest;
import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #18, "first payment at the booth" (api.md, "Registrations": the optional payment): the worker, the
 * enrollment and the first payment saved together or not at all, once per client id, with the receipt number the
 * phone gave on the spot.
 */
@IntegrationTest
class RegistrationPaymentIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReceiptNumbers receipts;

	/** November 2026, JKK, JKM and JHT at Rp1,000,000, PP 50/2025 in force: 5,000 + 3,400 + 20,000 = Rp28,400. */
	static String withPayment(String clientId, String nik, String name, String payment) {
		return RegistrationsIntegrationTest.registration(clientId, nik, name).replaceFirst("}\\s*$",
				", \"payment\": " + payment + "}");
	}

	long workersWithNik(String nik) {
		return jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik);
	}

	long paymentsOfWorkerWithNik(String nik) {
		return jdbc.queryForObject("""
				select count(*) from payment p join enrollment e on e.id = p.enrollment_id join worker w on w.id = e.worker_id
				where w.nik = ?""", Long.class, nik);
	}

	@Test
	void theWorkerLeavesPaidWithTheReceiptNumberGivenOnTheSpotAndASendAgainPaysNothingMore() throws Exception {
		Viewer staff = new Viewer("staff", Role.STAFF, List.of(new RegionCode("33.26")));
		long given = receipts.reserve(staff, UUID.randomUUID()).get(0);
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		String body = withPayment(id, nik, "Bayar Di Stan Contoh", """
				{"paidOn": "2026-11-02", "months": 1, "amount": 28400, "channel": "BOOTH_CASH", "receiptNumber": %d}"""
			.formatted(given));
		String first = mvc.perform(post("staff", "/api/v1/registrations", body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.payment.amount").value(28400))
			.andExpect(jsonPath("$.payment.channel").value("BOOTH_CASH"))
			.andExpect(jsonPath("$.payment.receiptNumber").value(given))
			.andExpect(jsonPath("$.enrollment.paidThrough").value("2026-11"))
			.andReturn().getResponse().getContentAsString();
		int payment = JsonPath.read(first, "$.payment.id");

		mvc.perform(post("staff", "/api/v1/registrations", body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALREADY_SAVED"))
			.andExpect(jsonPath("$.payment.id").value(payment))
			.andExpect(jsonPath("$.payment.receiptNumber").value(given));
		assertThat(workersWithNik(nik)).isOne();
		assertThat(paymentsOfWorkerWithNik(nik)).isOne();
	}

	@Test
	void anAmountTheRulesDoNotGiveSavesNothingAtAll() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", withPayment(UUID.randomUUID().toString(), nik,
				"Bayar Salah Stan Contoh", """
						{"paidOn": "2026-11-02", "months": 1, "amount": 36800, "channel": "BOOTH_CASH"}""")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("amount-mismatch"))
			.andExpect(jsonPath("$.expectedAmount").value(28400));
		assertThat(workersWithNik(nik)).as("not half-saved").isZero();
	}

	@Test
	void aBadPaymentFieldIsNamedWithTheWorkersInOneAnswer() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", withPayment(UUID.randomUUID().toString(), nik, "",
				"""
						{"paidOn": "2026-11-02", "months": 13, "amount": 28400, "channel": "CHEQUE"}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("name", "months", "channel")));
		assertThat(workersWithNik(nik)).isZero();
	}

	@Test
	void aReferenceRecordedAlreadySavesNoSecondPerson() throws Exception {
		String reference = "BANK-" + UUID.randomUUID();
		String payment = """
				{"paidOn": "2026-11-02", "months": 1, "amount": 28400, "channel": "BANK", "reference": "%s"}""".formatted(reference);
		mvc.perform(post("staff", "/api/v1/registrations", withPayment(UUID.randomUUID().toString(), freshWorkerNik(),
				"Bayar Bank Stan Contoh", payment)))
			.andExpect(status().isCreated());
		String other = freshWorkerNik();
		mvc.perform(post("staff", "/api/v1/registrations", withPayment(UUID.randomUUID().toString(), other,
				"Bayar Bank Lain Contoh", payment)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-payment"));
		assertThat(workersWithNik(other)).isZero();
	}
}
