package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
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
 * Issue #18, "payments with a trail" (api.md, "Payments and proof"): every payment has a channel, an optional
 * reference told once per channel, and a receipt number the application gives, unique and never reused, also to a
 * payment a phone took offline with a number it was handed before.
 */
@IntegrationTest
class PaymentTrailIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReceiptNumbers receipts;

	/** A trader enrolled in JKK, JKM and JHT at the 2019 festival: Rp36,800 a month. */
	long enrolled(String name) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JHT"], "enrolledOn": "2019-08-21"}""", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	static String payment(String paidOn, String trail) {
		return """
				{"paidOn": "%s", "months": 1, "amount": 36800%s}""".formatted(paidOn, trail);
	}

	long paymentsOf(long enrollment) {
		return jdbc.queryForObject("select count(*) from payment where enrollment_id = ?", Long.class, enrollment);
	}

	@Test
	void aPaymentTellsItsChannelAndReferenceAndGetsAReceiptNumber() throws Exception {
		long enrollment = enrolled("Bayar Bank Contoh");
		String body = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				payment("2019-08-25", ", \"channel\": \"BANK\", \"reference\": \"TRX-" + UUID.randomUUID() + "\""), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("BANK"))
			.andExpect(jsonPath("$.reference").isString())
			.andExpect(jsonPath("$.receiptNumber").isNumber())
			.andReturn().getResponse().getContentAsString();
		long id = idOf(body);
		long number = ((Number) JsonPath.read(body, "$.receiptNumber")).longValue();
		mvc.perform(get("staff", "/api/v1/payments/{id}", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receiptNumber").value(number))
			.andExpect(jsonPath("$.channel").value("BANK"));
		mvc.perform(get("kades.kedungjaran", "/api/v1/payments/{id}", id)).andExpect(status().isNotFound());

		// told without a channel: OTHER, and a number of its own
		String next = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-09-20", ""), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel").value("OTHER"))
			.andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(next, "$.receiptNumber")).longValue()).isGreaterThan(number);
	}

	@Test
	void theSameReferenceTwiceForOneChannelIsRefusedAndNothingIsPaidTwice() throws Exception {
		long enrollment = enrolled("Bayar Dua Kali Contoh");
		String trail = ", \"channel\": \"RETAIL\", \"reference\": \"STRUK-" + UUID.randomUUID() + "\"";
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", trail), enrollment))
			.andExpect(status().isCreated());

		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-09-20", trail), enrollment))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-payment"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sudah tercatat")));
		assertThat(paymentsOf(enrollment)).isOne();

		// the same reference of another channel is another payment
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				payment("2019-09-20", trail.replace("RETAIL", "BANK")), enrollment))
			.andExpect(status().isCreated());
	}

	@Test
	void aReferenceSentTwiceAtOnceIsRecordedOnce() throws Exception {
		long enrollment = enrolled("Bayar Serentak Contoh");
		String trail = ", \"channel\": \"ONLINE\", \"reference\": \"APP-" + UUID.randomUUID() + "\"";
		List<org.springframework.test.web.servlet.RequestBuilder> sends = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sends.add(post("staff", "/api/v1/enrollments/{id}/payments", payment("2019-08-25", trail), enrollment));
		}
		List<Integer> statuses = id.desasadar.Api.statusesAtOnce(mvc, sends);
		assertThat(statuses).isSubsetOf(201, 409, 422).contains(201);
		assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
		assertThat(paymentsOf(enrollment)).isOne();
	}

	@Test
	void aBadChannelOrReferenceIsNamed() throws Exception {
		long enrollment = enrolled("Bayar Salah Contoh");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				payment("2019-08-25", ", \"channel\": \"CHEQUE\", \"reference\": \"" + "x".repeat(61) + "\""), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'reference')]").exists());
		assertThat(paymentsOf(enrollment)).isZero();
	}

	@Test
	void aNumberHandedToAPhoneIsThePaymentsNumberOnceAndOnlyForItsAccount() throws Exception {
		Viewer staff = new Viewer("staff", Role.STAFF, List.of(new RegionCode("33.26")));
		UUID phone = UUID.randomUUID();
		List<Long> held = receipts.reserve(staff, phone);
		assertThat(held).hasSize(ReceiptNumbers.RESERVED_PER_PHONE).doesNotHaveDuplicates();
		assertThat(receipts.reserve(staff, phone)).as("the same numbers while unused").isEqualTo(held);
		assertThat(receipts.reserve(staff, UUID.randomUUID())).as("another phone's are its own").doesNotContainAnyElementsOf(held);

		long enrollment = enrolled("Bayar Luring Contoh");
		long offline = held.get(3);
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				payment("2019-08-25", ", \"channel\": \"BOOTH_CASH\", \"receiptNumber\": " + offline), enrollment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiptNumber").value(offline));
		assertThat(receipts.reserve(staff, phone)).as("topped up, without the one used").doesNotContain(offline)
			.hasSize(ReceiptNumbers.RESERVED_PER_PHONE);

		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				payment("2019-09-20", ", \"receiptNumber\": " + offline), enrollment))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("receipt-number-used"));
		mvc.perform(post("admin", "/api/v1/enrollments/{id}/payments",
				payment("2019-09-20", ", \"receiptNumber\": " + held.get(4)), enrollment))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receiptNumber"));
		assertThat(paymentsOf(enrollment)).isOne();
	}
}
