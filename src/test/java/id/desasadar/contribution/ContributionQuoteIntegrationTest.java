package id.desasadar.contribution;

import static id.desasadar.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import id.desasadar.IntegrationTest;

/**
 * The quote endpoint on the whole application: the seed migration, the JPA mappings (validated against
 * it), security with a demo account and the problem JSON.
 */
@IntegrationTest
class ContributionQuoteIntegrationTest {

	private static final String QUOTE = "/api/v1/contributions/quote";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoredRules storedRules;

	@Test
	@DisplayName("domain.md: rates are dated data; the seeds of V3 and V25 hold exactly the rows the unit tests quote with")
	void seedsTheRulesOfTheUnitTests() {
		RateTable stored = storedRules.load();

		assertThat(stored.rates()).containsExactlyInAnyOrderElementsOf(SeedRules.rates());
		assertThat(stored.brackets()).containsExactlyInAnyOrderElementsOf(SeedRules.brackets());
		assertThat(stored.discounts()).containsExactlyInAnyOrderElementsOf(SeedRules.discounts());
		assertThat(stored.caps()).containsExactlyInAnyOrderElementsOf(SeedRules.caps());
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} {4}: {5}")
	@CsvSource({
			"2019-08-21, 1000000, 'JKK,JKM', TRADE, SELF, 16800",
			"2019-08-21, 1000000, 'JKK,JKM,JHT', TRADE, SELF, 36800",
			"2026-11-22, 1000000, 'JKK,JKM', TRADE, SELF, 8400",
			"2026-11-22, 1000000, 'JKK,JKM,JHT', TRADE, SELF, 28400",
			"2026-11-22, 1000000, 'JKK,JKM', TRADE, STATE_BUDGET, 16800",
			"2027-02-10, 1000000, 'JKK,JKM', TRANSPORT, SELF, 8400",
			"2027-02-10, 1000000, 'JKK,JKM', TRADE, SELF, 16800",
			"2019-08-21, 500000, 'JKK,JKM', TRADE, SELF, 16800",
			"2026-01-15, 25000000, 'JKK,JKM,JHT', TRADE, SELF, 627800",
			"2019-08-21, 25000000, 'JKK,JKM', TRADE, SELF, 213800",
			"2020-08-21, 1000000, 'JKK,JKM', TRADE, SELF, 168",
			"2021-01-31, 1000000, 'JKK,JKM,JHT', TRANSPORT, STATE_BUDGET, 20168",
			"2021-02-01, 1000000, 'JKK,JKM', TRADE, SELF, 16800" })
	@DisplayName("domain.md BPU contributions: the figures of the domain, PP 44/2015, PP 46/2015, the top of the table, PP 49/2020 and PP 50/2025")
	void quotesTheFiguresOfTheDomain(String date, String income, String programs, String sector, String payer,
			long monthly) throws Exception {
		mvc.perform(get("staff", QUOTE).param("segment", "BPU").param("monthlyIncome", income).param("programs", programs)
				.param("date", date).param("sector", sector).param("payer", payer))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.date").value(date))
				.andExpect(jsonPath("$.monthlyContribution").value(monthly));
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: 5,000 + 3,400 on 2026-11-22, with the adjustments")
	void showsTheDiscountAsAdjustments() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM&date=2026-11-22&sector=TRADE&payer=SELF"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.incomeBase").value(1_000_000))
				.andExpect(jsonPath("$.breakdown.JKK").value(5_000))
				.andExpect(jsonPath("$.breakdown.JKM").value(3_400))
				.andExpect(jsonPath("$.adjustments.length()").value(2))
				.andExpect(jsonPath("$.adjustments[0].program").value("JKK"))
				.andExpect(jsonPath("$.adjustments[0].rule").value("PP-50-2025"))
				.andExpect(jsonPath("$.adjustments[0].amount").value(-5_000))
				.andExpect(jsonPath("$.adjustments[1].program").value("JKM"))
				.andExpect(jsonPath("$.adjustments[1].amount").value(-3_400))
				.andExpect(jsonPath("$.warnings").isEmpty());
	}

	@Test
	@DisplayName("domain.md BPU contributions: Rp1,150,000 is in the Rp1,200,000 bracket, JKK Rp12,000")
	void placesIncomeInItsBracket() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=1150000&programs=JKK,JKM&date=2025-06-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.incomeBase").value(1_200_000))
				.andExpect(jsonPath("$.breakdown.JKK").value(12_000));
	}

	@Test
	@DisplayName("domain.md BPU contributions: an income beyond the known brackets is its own base, with a warning")
	void warnsOfAnUnknownBracket() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=3000000&programs=JKK,JKM&date=2025-06-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.incomeBase").value(3_000_000))
				.andExpect(jsonPath("$.warnings[0]").value("income-bracket-unknown"));
	}

	@Test
	@DisplayName("domain.md The top of the table: JKK at most Rp207,000, on the top base Rp20,700,000, without a warning")
	void placesAnIncomeAboveTheTopOnTheTopBase() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=25000000&programs=JKK,JKM&date=2026-01-15"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.incomeBase").value(20_700_000))
				.andExpect(jsonPath("$.breakdown.JKK").value(207_000))
				.andExpect(jsonPath("$.warnings").isEmpty());
	}

	@Test
	@DisplayName("domain.md PP 49/2020: a BPU paid Rp68 for JKM, shown as an adjustment of the rule")
	void showsThePandemicReliefAsAdjustments() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM&date=2020-09-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.breakdown.JKM").value(68))
				.andExpect(jsonPath("$.adjustments[1].rule").value("PP-49-2020"))
				.andExpect(jsonPath("$.adjustments[1].amount").value(-6_732));
	}

	@ParameterizedTest(name = "{0}: JP {1}")
	@CsvSource({ "2025-06-01, 316422, false", "2026-03-01, 332589, false", "2027-03-01, 332589, true" })
	@DisplayName("domain.md PU contributions: the JP cap through 2026, Rp11,086,300 from 1 March 2026; past its year the last known cap, with a warning")
	void capsJpThrough2026(String date, long jp, boolean warned) throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=PU&monthlyIncome=12000000&programs=JKK,JKM,JP&employerSize=MICRO&riskClass=1&date=" + date))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.breakdown.JP").value(jp))
				.andExpect(jsonPath("$.warnings.length()").value(warned ? 1 : 0));
	}

	@Test
	@DisplayName("domain.md PU contributions: JP 3% of the capped wage Rp10,547,400")
	void capsTheWageForJp() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=PU&monthlyIncome=12000000&programs=JKK,JKM,JHT,JP&date=2026-01-10&employerSize=MEDIUM&riskClass=1"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.breakdown.JP").value(316_422))
				.andExpect(jsonPath("$.monthlyContribution").value(1_065_222));
	}

	@Test
	@DisplayName("api.md Conventions: 400 problem JSON naming the bad parameter, in Bahasa Indonesia by default")
	void answersBadParameterWith400() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=1000000&programs=JKK,XYZ"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("invalid-input"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("programs"))
				.andExpect(jsonPath("$.errors[0].message").value(
						"Program tidak dikenal: XYZ. Pilih dari JKK, JKM, JHT, dan JP, dipisahkan dengan koma."));
	}

	@Test
	@DisplayName("api.md Conventions: 400 names every bad parameter, here in English")
	void namesEveryBadParameterInEnglish() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=PU&monthlyIncome=-5&programs=JKK,JKM&lang=en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("monthlyIncome")))
				.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Enter the monthly income")));
	}

	@Test
	@DisplayName("api.md Conventions: a missing parameter is named with the application's own required message")
	void namesMissingParameters() throws Exception {
		mvc.perform(get("staff", QUOTE + "?monthlyIncome=1000000&programs=JKK,JKM"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("segment"))
				.andExpect(jsonPath("$.errors[0].message").value("Wajib diisi."));
	}

	@Test
	@DisplayName("api.md Contribution quote: 422 program-not-eligible, JP is not open to BPU")
	void refusesJpForBpuWith422() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM,JP&date=2019-08-21"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("program-not-eligible"))
				.andExpect(jsonPath("$.detail").value("Program JP tidak terbuka untuk peserta BPU."));
	}

	@Test
	@DisplayName("api.md Contribution quote: 422 core-programs-required, a micro employer registers JKK and JKM")
	void refusesPuMicroWithoutJkmWith422() throws Exception {
		mvc.perform(get("staff", QUOTE + "?segment=PU&monthlyIncome=3000000&programs=JKK&employerSize=MICRO&riskClass=2"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("core-programs-required"));
	}

	@Test
	@DisplayName("api.md Access: the API needs credentials")
	void refusesAnonymousCallers() throws Exception {
		mvc.perform(MockMvcRequestBuilders.get(QUOTE + "?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM"))
				.andExpect(status().isUnauthorized());
	}
}
