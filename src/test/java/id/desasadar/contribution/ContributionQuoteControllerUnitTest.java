package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

/** The controller alone, without the application: binding and JSON shape. Problem JSON is the application's. */
class ContributionQuoteControllerUnitTest {

	/** 22 November 2026, 10:00 in Jakarta. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ContributionQuoteController(
			new ContributionQuoter(new Eligibility(EligibilityProperties.defaults()), SeedRules::table), CLOCK)).build();

	@Test
	@DisplayName("api.md Contribution quote: the example query answers Rp36,800 in 2019")
	void answersTheExampleQuery() throws Exception {
		mvc.perform(get("/api/v1/contributions/quote?segment=BPU&monthlyIncome=1000000&programs=JKK,JKM,JHT&date=2019-08-21&sector=TRADE&payer=SELF"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.date").value("2019-08-21"))
				.andExpect(jsonPath("$.incomeBase").value(1_000_000))
				.andExpect(jsonPath("$.monthlyContribution").value(36_800))
				.andExpect(jsonPath("$.breakdown.JKK").value(10_000))
				.andExpect(jsonPath("$.breakdown.JKM").value(6_800))
				.andExpect(jsonPath("$.breakdown.JHT").value(20_000))
				.andExpect(jsonPath("$.adjustments").isEmpty())
				.andExpect(jsonPath("$.warnings").isEmpty());
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: today (2026-11-22) by default, with the discount shown")
	void quotesTodayByDefault() throws Exception {
		mvc.perform(get("/api/v1/contributions/quote").param("segment", "BPU").param("monthlyIncome", "1000000")
				.param("programs", "JKK,JKM"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.date").value("2026-11-22"))
				.andExpect(jsonPath("$.monthlyContribution").value(8_400))
				.andExpect(jsonPath("$.adjustments[0].program").value("JKK"))
				.andExpect(jsonPath("$.adjustments[0].rule").value("PP-50-2025"))
				.andExpect(jsonPath("$.adjustments[0].amount").value(-5_000))
				.andExpect(jsonPath("$.adjustments[1].amount").value(-3_400));
	}

	@Test
	@DisplayName("api.md Contribution quote: repeated programs parameters are read like a comma separated list")
	void readsRepeatedProgramParameters() throws Exception {
		mvc.perform(get("/api/v1/contributions/quote?segment=BPU&monthlyIncome=1000000&programs=JKK&programs=JKM&date=2019-08-21"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.monthlyContribution").value(16_800));
	}

	@Test
	@DisplayName("api.md Conventions: an unknown program is an invalid input naming programs, not a conversion error")
	void refusesUnknownProgramAsInvalidInput() {
		assertThatThrownBy(() -> mvc.perform(get("/api/v1/contributions/quote?segment=BPU&monthlyIncome=abc&programs=XYZ")))
				.rootCause()
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
						.extracting(FieldProblem::field).containsExactly("monthlyIncome", "programs"));
	}
}
