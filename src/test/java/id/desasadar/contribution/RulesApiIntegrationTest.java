package id.desasadar.contribution;

import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.desasadar.IntegrationTest;

/**
 * Issue #17, item 3: the contribution rules as a manager keeps them through {@code /api/v1/rules}, on the seeded
 * rows of PostgreSQL. Changes are dated in the 2090s, so that no other test's quote meets them, and put back after
 * each test ({@link KeptRules}).
 */
@IntegrationTest
class RulesApiIntegrationTest {

	private static final String QUOTE = "/api/v1/contributions/quote?segment=BPU&programs=JKK,JKM&sector=TRADE";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecentRules recentRules;

	KeptRules kept;

	@BeforeEach
	void keep() {
		kept = new KeptRules(jdbc, recentRules);
	}

	@AfterEach
	void putBack() {
		kept.putBack();
	}

	long seededRate(String program, String segment) {
		return jdbc.queryForObject("select id from contribution_rate where program = ? and segment = ? and valid_to is null",
				Long.class, program, segment);
	}

	long monthly(long income, String date) throws Exception {
		return ((Number) JsonPath.read(mvc.perform(get("staff", QUOTE + "&monthlyIncome=" + income + "&date=" + date))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.monthlyContribution")).longValue();
	}

	@Test
	@DisplayName("issue #17: a successor ends the rate in force the month it starts, is quoted at once, and what came before stays")
	void replacesARateFromAMonthOnAndQuotesItAtOnce() throws Exception {
		long jkk = seededRate("JKK", "BPU");
		assertThat(monthly(1_000_000, "2090-01-10")).isEqualTo(16_800);

		String body = mvc.perform(post("manager", "/api/v1/rules/rates", """
				{"program": "JKK", "segment": "BPU", "kind": "PERCENT_OF_BASE", "percent": 1.5, "validFrom": "2090-01",
				 "source": "Uji: JKK BPU 1,5%%", "replaces": %d}""".formatted(jkk)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/rules/rates/")))
			.andExpect(jsonPath("$.percent").value(1.5))
			.andExpect(jsonPath("$.validFrom").value("2090-01-01"))
			.andExpect(jsonPath("$.validTo").doesNotExist())
			.andExpect(jsonPath("$.standing").value("UPCOMING"))
			.andReturn().getResponse().getContentAsString();
		long successor = ((Number) JsonPath.read(body, "$.id")).longValue();

		mvc.perform(get("manager", "/api/v1/rules/rates/{id}", jkk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validFrom").value("2015-07-01"))
			.andExpect(jsonPath("$.validTo").value("2090-01-01"))
			.andExpect(jsonPath("$.standing").value("IN_FORCE"));
		// Quoted at once on this instance: 1.5% of Rp1,000,000 + Rp6,800.
		assertThat(monthly(1_000_000, "2090-01-10")).isEqualTo(21_800);
		assertThat(monthly(1_000_000, "2089-12-31")).isEqualTo(16_800);
		assertThat(monthly(1_000_000, "2019-08-21")).isEqualTo(16_800);
		// The audit trail's triggers record both rows, with the manager as the actor.
		assertThat(jdbc.queryForList("""
				select action from audit_event where record_type = 'contribution_rate' and record_id in (?, ?)
				and actor = 'manager'""", String.class, String.valueOf(jkk), String.valueOf(successor)))
			.containsExactlyInAnyOrder("UPDATE", "INSERT");
	}

	@Test
	@DisplayName("issue #17: overlapping periods are refused with a message naming validFrom, and nothing is saved")
	void refusesAnOverlapNamingTheField() throws Exception {
		long rows = jdbc.queryForObject("select count(*) from contribution_rate", Long.class);
		mvc.perform(post("manager", "/api/v1/rules/rates", """
				{"program": "JKK", "segment": "BPU", "kind": "PERCENT_OF_BASE", "percent": "2", "validFrom": "2090-01",
				 "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("bertumpang dengan aturan #" + seededRate("JKK", "BPU"))));
		assertThat(jdbc.queryForObject("select count(*) from contribution_rate", Long.class)).isEqualTo(rows);
	}

	@Test
	@DisplayName("issue #17: a successor that leaves months without a rate is refused, naming validFrom and the month to start on")
	void refusesAGapNamingTheMonthToStartOn() throws Exception {
		long jkm = seededRate("JKM", "BPU");
		mvc.perform(post("manager", "/api/v1/rules/rates/{id}/end", "{\"validTo\": \"2090-01\"}", jkm))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validTo").value("2090-01-01"));
		mvc.perform(post("manager", "/api/v1/rules/rates?lang=en", """
				{"program": "JKM", "segment": "BPU", "kind": "FLAT", "amount": 7000, "validFrom": "2090-03-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value("Rule #" + jkm
					+ " ends on 2090-01-01: start this rule on 2090-01-01, so that no month is left without a rule."));
		mvc.perform(post("manager", "/api/v1/rules/rates", """
				{"program": "JKM", "segment": "BPU", "kind": "FLAT", "amount": 7000, "validFrom": "2090-01-01", "source": "Uji"}"""))
			.andExpect(status().isCreated());
		assertThat(monthly(1_000_000, "2090-02-01")).isEqualTo(17_000);
	}

	@Test
	@DisplayName("issue #17: a change never rewrites what was quoted or paid before it: nothing starts or ends before today")
	void refusesChangesInThePast() throws Exception {
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		mvc.perform(post("manager", "/api/v1/rules/rates", """
				{"program": "JHT", "segment": "BPU", "kind": "PERCENT_OF_BASE", "percent": "3", "validFrom": "2020-01",
				 "source": "Uji", "replaces": %d}""".formatted(seededRate("JHT", "BPU"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tidak boleh berlaku surut: pilih " + today)));
		mvc.perform(post("manager", "/api/v1/rules/rates/{id}/end", "{\"validTo\": \"2020-01\"}", seededRate("JHT", "BPU")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		assertThat(jdbc.queryForObject("select valid_to from contribution_rate where id = ?", LocalDate.class,
				seededRate("JHT", "BPU"))).isNull();
	}

	@Test
	@DisplayName("issue #17: periods run in contribution months: a rule starts and ends on the first day of a month")
	void refusesADayThatIsNotTheFirstOfAMonth() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/rates/{id}/end", "{\"validTo\": \"2090-01-15\"}", seededRate("JKK", "BPU")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("tanggal 1 suatu bulan")));
	}

	@Test
	@DisplayName("api.md Conventions: every bad field of a new rate is named at once")
	void namesEveryBadField() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/rates", """
				{"program": "JXX", "segment": "BPU", "riskClass": 2, "kind": "FLAT", "percent": "1", "validFrom": "bulan depan"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("program", "riskClass",
					"amount", "percent", "validFrom", "source")));
	}

	@Test
	@DisplayName("domain.md The top of the table: a manager completes a middle bracket of the BPU table from a month on")
	void completesAMiddleBracketOfTheTable() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/income-brackets", """
				{"minIncome": 1300000, "maxIncome": "1499999", "base": 1400000, "validFrom": "2090-01",
				 "source": "Uji: PP 44/2015 Lampiran II"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.segment").value("BPU"))
			.andExpect(jsonPath("$.base").value(1_400_000));
		mvc.perform(get("staff", QUOTE + "&monthlyIncome=1350000&date=2090-02-01"))
			.andExpect(jsonPath("$.incomeBase").value(1_400_000))
			.andExpect(jsonPath("$.warnings").isEmpty());
		mvc.perform(get("staff", QUOTE + "&monthlyIncome=1350000&date=2089-12-01"))
			.andExpect(jsonPath("$.incomeBase").value(1_350_000))
			.andExpect(jsonPath("$.warnings[0]").value("income-bracket-unknown"));
		// Rp1,299,999 is in the Rp1,200,000 bracket already: one income, one bracket.
		mvc.perform(post("manager", "/api/v1/rules/income-brackets", """
				{"minIncome": 1250000, "maxIncome": 1349999, "base": 1300000, "validFrom": "2091-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
	}

	@Test
	@DisplayName("issue #17: a discount by contribution month, for a sector; two discounts of one program and sector may not overlap")
	void addsADiscountAndRefusesAnOverlappingOne() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/discounts", """
				{"rule": "uji-2090", "segment": "BPU", "programs": ["JKK"], "sectorScope": "ONLY", "sectors": ["TRADE"],
				 "percent": "10", "publicBudgetExcluded": true, "validFrom": "2090-01", "validTo": "2090-04",
				 "source": "Uji"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rule").value("UJI-2090"))
			.andExpect(jsonPath("$.firstMonth").value("2090-01"))
			.andExpect(jsonPath("$.lastMonth").value("2090-03"))
			.andExpect(jsonPath("$.validTo").value("2090-04-01"));
		assertThat(monthly(1_000_000, "2090-03-31")).isEqualTo(15_800);
		assertThat(monthly(1_000_000, "2090-04-01")).isEqualTo(16_800);
		mvc.perform(post("manager", "/api/v1/rules/discounts", """
				{"rule": "UJI-LAIN", "segment": "BPU", "programs": ["JKK", "JHT"], "sectorScope": "EXCEPT",
				 "sectors": ["FISHERY"], "percent": "20", "validFrom": "2090-03", "validTo": "2090-06", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		// Another sector, the same months: no overlap.
		mvc.perform(post("manager", "/api/v1/rules/discounts", """
				{"rule": "UJI-IKAN", "segment": "BPU", "programs": ["JKK"], "sectorScope": "ONLY", "sectors": ["FISHERY"],
				 "percent": "20", "validFrom": "2090-01", "validTo": "2090-02", "source": "Uji"}"""))
			.andExpect(status().isCreated());
	}

	@Test
	@DisplayName("domain.md PU contributions: each year's wage cap starts where the last ends; a gap is refused, an end before a successor too")
	void keepsWageCapsYearAfterYear() throws Exception {
		long first = ((Number) JsonPath.read(mvc.perform(post("manager", "/api/v1/rules/wage-caps", """
				{"program": "JHT", "cap": 5000000, "validFrom": "2090-03", "validTo": "2091-03", "source": "Uji"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(post("manager", "/api/v1/rules/wage-caps", """
				{"program": "JHT", "cap": 5200000, "validFrom": "2091-04", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		mvc.perform(post("manager", "/api/v1/rules/wage-caps", """
				{"program": "JHT", "cap": 5200000, "validFrom": "2091-03", "source": "Uji"}"""))
			.andExpect(status().isCreated());
		mvc.perform(post("manager", "/api/v1/rules/wage-caps/{id}/end", "{\"validTo\": \"2091-01\"}", first))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validTo"));
		mvc.perform(get("staff", "/api/v1/contributions/quote?segment=PU&monthlyIncome=6000000&programs=JKK,JKM,JHT&employerSize=SMALL&riskClass=1&date=2090-06-01"))
			.andExpect(jsonPath("$.breakdown.JHT").value(285_000));
	}

	@Test
	@DisplayName("api.md Conventions: the rules are listed paged; an unknown row is 404")
	void listsPagedAndAnswers404ForAnUnknownRow() throws Exception {
		mvc.perform(get("admin", "/api/v1/rules/wage-caps?size=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].program").value("JP"))
			.andExpect(jsonPath("$.page.totalElements").value(3));
		mvc.perform(get("manager", "/api/v1/rules/discounts"))
			.andExpect(jsonPath("$.content[0].rule").value("PP-49-2020"))
			.andExpect(jsonPath("$.content[0].percent").value(99))
			.andExpect(jsonPath("$.content[2].rule").value("PP-50-2025"))
			.andExpect(jsonPath("$.content[2].percent").value(50))
			.andExpect(jsonPath("$.content[2].sectorScope").value("ONLY"))
			.andExpect(jsonPath("$.content[2].sectors[0]").value("TRANSPORT"))
			.andExpect(jsonPath("$.content[2].lastMonth").value("2027-03"));
		mvc.perform(get("manager", "/api/v1/rules/income-brackets"))
			.andExpect(jsonPath("$.content[2].maxIncome").doesNotExist())
			.andExpect(jsonPath("$.content[2].base").value(20_700_000));
		mvc.perform(get("manager", "/api/v1/rules/rates/999999999")).andExpect(status().isNotFound());
		mvc.perform(post("manager", "/api/v1/rules/rates/999999999/end", "{\"validTo\": \"2090-01\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("staff", "/api/v1/rules/rates/1/end", "{\"validTo\": \"2090-01\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("issue #17: a Location header to read the new row back")
	void answersCreatedWithTheRowsAddress() throws Exception {
		String location = mvc.perform(post("admin", "/api/v1/rules/wage-caps", """
				{"program": "JKM", "cap": 9000000, "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/rules/wage-caps/\\d+")))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("manager", location)).andExpect(status().isOk()).andExpect(jsonPath("$.cap").value(9_000_000));
	}
}
