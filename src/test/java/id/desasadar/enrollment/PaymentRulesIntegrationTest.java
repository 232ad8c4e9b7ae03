package id.desasadar.enrollment;

import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.contribution.KeptRules;
import id.desasadar.contribution.Segment;

/**
 * Issue #17, item 3: the payment terms (domain.md, PU contributions: due by the 15th of the following month, the
 * employer's late fine) and the PP 50/2025 credit kept like the other rules, through
 * {@code /api/v1/rules/payment-terms}, {@code /api/v1/rules/contribution-credits} and the rules page, on the rows
 * V31/V32 seed. Changes are dated in the 2090s and put back after each test.
 */
@IntegrationTest
class PaymentRulesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PaymentTerms paymentTerms;

	KeptRules kept;

	@BeforeEach
	void keep() {
		kept = KeptRules.of(jdbc, context);
	}

	@AfterEach
	void putBack() {
		kept.putBack();
		paymentTerms.forget();
	}

	long term(String segment) {
		return jdbc.queryForObject("select id from payment_term where segment = ? and valid_to is null", Long.class, segment);
	}

	long credit() {
		return jdbc.queryForObject("select id from contribution_credit where rule_code = 'PP-50-2025' and valid_to is null",
				Long.class);
	}

	@Test
	@DisplayName("domain.md PU contributions, PP 50/2025: both families are listed with their periods and standing")
	void listsTheSeededTermsAndCredit() throws Exception {
		mvc.perform(get("manager", "/api/v1/rules/payment-terms"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].segment").value("BPU"))
			.andExpect(jsonPath("$.content[0].dueMonthsAfter").value(0))
			.andExpect(jsonPath("$.content[0].lateFinePercent").value(0))
			.andExpect(jsonPath("$.content[1].segment").value("PU"))
			.andExpect(jsonPath("$.content[1].dueMonthsAfter").value(1))
			.andExpect(jsonPath("$.content[1].lateFinePercent").value(2))
			.andExpect(jsonPath("$.content[1].validFrom").value("2015-07-01"))
			.andExpect(jsonPath("$.content[1].validTo").doesNotExist())
			.andExpect(jsonPath("$.content[1].standing").value("IN_FORCE"));
		mvc.perform(get("admin", "/api/v1/rules/contribution-credits/{id}", credit()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("PP-50-2025"))
			.andExpect(jsonPath("$.inForceOn").value("2025-12-22"))
			.andExpect(jsonPath("$.validFrom").value("2026-01-01"))
			.andExpect(jsonPath("$.standing").value(
					LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).isBefore(LocalDate.of(2026, 1, 1)) ? "UPCOMING" : "IN_FORCE"));
		mvc.perform(get("manager", "/api/v1/rules/payment-terms/999999999")).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("issue #17: a successor PU term ends the one in force the month it starts, counts at once, and is audited for managers")
	void replacesAPaymentTermFromAMonthOn() throws Exception {
		long pu = term("PU");
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
		String body = mvc.perform(post("manager", "/api/v1/rules/payment-terms", """
				{"segment": "PU", "dueMonthsAfter": 1, "lateFinePercent": "2,5", "validFrom": "2090-01",
				 "source": "Uji: denda 2,5%%", "replaces": %d}""".formatted(pu)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/rules/payment-terms/")))
			.andExpect(jsonPath("$.lateFinePercent").value(2.5))
			.andExpect(jsonPath("$.validFrom").value("2090-01-01"))
			.andExpect(jsonPath("$.standing").value("UPCOMING"))
			.andReturn().getResponse().getContentAsString();
		long successor = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("manager", "/api/v1/rules/payment-terms/{id}", pu))
			.andExpect(jsonPath("$.validTo").value("2090-01-01"))
			.andExpect(jsonPath("$.standing").value("IN_FORCE"));
		// Priced with at once on this instance: the month before keeps 2%.
		assertThat(PaymentTerms.termOf(paymentTerms.terms(), Segment.PU, YearMonth.of(2090, 1)).lateFinePercent())
			.isEqualByComparingTo(new BigDecimal("2.5"));
		assertThat(PaymentTerms.termOf(paymentTerms.terms(), Segment.PU, YearMonth.of(2089, 12)).lateFinePercent())
			.isEqualByComparingTo(BigDecimal.valueOf(2));
		assertThat(jdbc.queryForList("""
				select action from audit_event where record_type = 'payment_term' and record_id in (?, ?)
				and actor = 'manager' and id > ?""", String.class, String.valueOf(pu), String.valueOf(successor), before))
			.containsExactlyInAnyOrder("UPDATE", "INSERT");
		// AuditTrail.RULE_RECORDS: a manager reads the rule's audit rows.
		mvc.perform(get("manager", "/api/v1/audit?recordType=payment_term&recordId={id}", successor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].action").value("INSERT"))
			.andExpect(jsonPath("$.content[0].actor").value("manager"));
	}

	@Test
	@DisplayName("issue #17: overlaps and gaps are refused with a clear message naming the field, and nothing is saved")
	void refusesOverlapsAndGaps() throws Exception {
		long pu = term("PU");
		long rows = jdbc.queryForObject("select count(*) from payment_term", Long.class);
		mvc.perform(post("manager", "/api/v1/rules/payment-terms", """
				{"segment": "PU", "dueMonthsAfter": 0, "lateFinePercent": "2", "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("bertumpang dengan aturan #" + pu)));
		assertThat(jdbc.queryForObject("select count(*) from payment_term", Long.class)).isEqualTo(rows);

		mvc.perform(post("manager", "/api/v1/rules/payment-terms/{id}/end", "{\"validTo\": \"2090-01\"}", pu))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validTo").value("2090-01-01"));
		mvc.perform(post("manager", "/api/v1/rules/payment-terms?lang=en", """
				{"segment": "PU", "dueMonthsAfter": 1, "lateFinePercent": "2", "validFrom": "2090-03", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value("Rule #" + pu
					+ " ends on 2090-01-01: start this rule on 2090-01-01, so that no month is left without a rule."));
		mvc.perform(post("manager", "/api/v1/rules/payment-terms", """
				{"segment": "PU", "dueMonthsAfter": 1, "lateFinePercent": "2", "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isCreated());

		long ppCredit = credit();
		mvc.perform(post("manager", "/api/v1/rules/contribution-credits", """
				{"rule": "PP-50-2025", "inForceOn": "2025-12-22", "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("#" + ppCredit)));
	}

	@Test
	@DisplayName("issue #17: bad fields are named at once in the user's language; nothing starts or ends in the past")
	void namesBadFields() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/payment-terms", """
				{"segment": "XX", "dueMonthsAfter": 3, "lateFinePercent": "x", "validFrom": "2090-01-15"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("segment", "dueMonthsAfter",
					"lateFinePercent", "validFrom", "source")));
		mvc.perform(post("manager", "/api/v1/rules/contribution-credits?lang=en", """
				{"rule": "PP-99-2099", "inForceOn": "2090-02-31", "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("rule", "inForceOn")))
			.andExpect(jsonPath("$.errors[?(@.field == 'rule')].message").value(
					org.hamcrest.Matchers.contains(containsString("No discount has the code PP-99-2099"))));
		mvc.perform(post("manager", "/api/v1/rules/contribution-credits/{id}/end", "{\"validTo\": \"2020-01\"}", credit()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		assertThat(jdbc.queryForObject("select valid_to from contribution_credit where id = ?", LocalDate.class, credit()))
			.isNull();
	}

	@Test
	@DisplayName("issue #17: a credit's successor takes over its months; the credit ended no longer credits them")
	void replacesACreditAndPricingFollows() throws Exception {
		long ppCredit = credit();
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
		mvc.perform(post("manager", "/api/v1/rules/contribution-credits", """
				{"rule": "PP-50-2025", "inForceOn": "2025-12-22", "validFrom": "2090-01", "validTo": "2091-01",
				 "source": "Uji", "replaces": %d}""".formatted(ppCredit)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.validTo").value("2091-01-01"));
		assertThat(paymentTerms.credits()).filteredOn(c -> c.validTo() != null).extracting(PaymentTerms.Credit::validTo)
			.containsExactlyInAnyOrder(LocalDate.of(2090, 1, 1), LocalDate.of(2091, 1, 1));
		PaymentTerms.Credit ended = paymentTerms.credits().stream()
			.filter(c -> LocalDate.of(2090, 1, 1).equals(c.validTo())).findFirst().orElseThrow();
		assertThat(ended.creditsSomeOf(YearMonth.of(2026, 4), 3)).isTrue();
		assertThat(ended.creditsSomeOf(YearMonth.of(2090, 1), 3)).isFalse();
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where record_type = 'contribution_credit' and actor = 'manager'
				and record_id = ? and id > ?""", Long.class, String.valueOf(ppCredit), before)).isEqualTo(1);
	}

	@Test
	@DisplayName("issue #17: the rules page shows both sections, ends a term from its form and shows a refused form open")
	void showsAndChangesThemOnTheRulesPage() throws Exception {
		Pages pages = new Pages(accounts);
		long pu = term("PU");
		mvc.perform(pages.get("manager", "/rules").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jatuh tempo dan denda")))
			.andExpect(content().string(containsString("Jatuh tempo 1 bulan sesudah bulan iuran")))
			.andExpect(content().string(containsString("Denda keterlambatan 2% per bulan")))
			.andExpect(content().string(containsString("Kredit iuran")))
			.andExpect(content().string(containsString("Untuk pembayaran penuh sebelum 22")))
			.andExpect(content().string(containsString("href=\"#payment-terms\"")))
			.andExpect(content().string(containsString("href=\"#contribution-credits\"")));
		mvc.perform(pages.get("admin", "/rules?lang=en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Due dates and late fines")))
			.andExpect(content().string(containsString("Contribution credits")));
		mvc.perform(pages.post("manager", "/rules/payment-terms/{id}/end", pu).param("validTo", "2090-06"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rules#payment-terms"));
		assertThat(jdbc.queryForObject("select valid_to from payment_term where id = ?", LocalDate.class, pu))
			.isEqualTo(LocalDate.of(2090, 6, 1));
		mvc.perform(pages.post("manager", "/rules/payment-terms").param("segment", "PU").param("dueMonthsAfter", "1")
				.param("lateFinePercent", "200").param("validFrom", "2090-06").param("source", "Uji"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"payment-terms-add\" open")))
			.andExpect(content().string(containsString("Isi persentase dari 0 sampai 100")));
		mvc.perform(pages.post("manager", "/rules/contribution-credits").param("rule", "PP-50-2025")
				.param("inForceOn", "2025-12-22").param("validFrom", "2090-01").param("source", "Uji"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"contribution-credits-add\" open")));
	}
}
