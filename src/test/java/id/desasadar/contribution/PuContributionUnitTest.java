package id.desasadar.contribution;

import java.math.BigDecimal;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.Program.JP;
import static id.desasadar.contribution.QuoteRequests.pu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

class PuContributionUnitTest {

	private final RateTable rules = SeedRules.table();

	@Test
	@DisplayName("domain.md PU contributions: JP 3% on wages up to the cap, Rp10,547,400 for 2025/26")
	void capsTheWageForJp() {
		Quote quote = rules.quote(pu("2026-01-10", 12_000_000, Set.of(JKK, JKM, JHT, JP), EmployerSize.MEDIUM, 1));

		assertThat(quote.breakdown()).containsExactly(
				entry(JKK, 28_800L), entry(JKM, 36_000L), entry(JHT, 684_000L), entry(JP, 316_422L));
		assertThat(quote.monthlyContribution()).isEqualTo(1_065_222);
		assertThat(quote.incomeBase()).isEqualTo(12_000_000);
		assertThat(quote.warnings()).isEmpty();
	}

	@Test
	@DisplayName("domain.md PU contributions: JP cap Rp10,042,300 from March 2024")
	void usesTheCapInForceOnTheDate() {
		assertThat(rules.quote(pu("2024-06-01", 12_000_000, Set.of(JKK, JKM, JP), EmployerSize.MICRO, 1)).breakdown())
				.containsEntry(JP, 301_269L);
	}

	@Test
	@DisplayName("domain.md PU contributions: a wage under the cap pays JP on the whole wage")
	void leavesAWageUnderTheCapWhole() {
		assertThat(rules.quote(pu("2026-01-10", 5_000_000, Set.of(JKK, JKM, JHT, JP), EmployerSize.LARGE, 1)).breakdown())
				.containsEntry(JP, 150_000L);
	}

	@ParameterizedTest(name = "{0}: JP {1}")
	@CsvSource({ "2024-02-29, 360000", "2024-03-01, 301269", "2025-02-28, 301269", "2025-03-01, 316422",
			"2026-02-28, 316422", "2026-03-01, 332589", "2026-11-22, 332589", "2027-02-28, 332589" })
	@DisplayName("domain.md PU contributions: the JP wage cap Rp10,042,300 from March 2024, Rp10,547,400 from 1 March 2025, Rp11,086,300 from 1 March 2026")
	void capsJpByTheYearlyCapOfTheDay(String date, long jp) {
		assertThat(rules.quote(pu(date, 12_000_000, Set.of(JKK, JKM, JP), EmployerSize.MICRO, 1)).breakdown())
				.containsEntry(JP, jp);
	}

	@Test
	@DisplayName("domain.md PU contributions: the 2026 cap holds for its year; past it, until the next is stored, the last known cap, with a warning")
	void keepsTheLastKnownCapPastItsYearWithAWarning() {
		Quote quote = rules.quote(pu("2027-03-01", 12_000_000, Set.of(JKK, JKM, JP), EmployerSize.MICRO, 1));

		assertThat(quote.breakdown()).containsEntry(JP, 332_589L);
		assertThat(quote.warnings()).containsExactly(RateTable.WAGE_CAP_UNKNOWN);
	}

	@Test
	@DisplayName("domain.md PP 49/2020: PU JKK and JKM cut by 99% for contribution months August 2020 to January 2021")
	void cutsJkkAndJkmOfWageEarnersBy99PercentDuringThePandemicRelief() {
		Quote quote = rules.quote(pu("2020-09-15", 5_000_000, Set.of(JKK, JKM, JHT), EmployerSize.SMALL, 1));

		assertThat(quote.breakdown()).containsExactly(entry(JKK, 120L), entry(JKM, 150L), entry(JHT, 285_000L));
		assertThat(quote.adjustments()).containsExactly(
				new Adjustment(JKK, "PP-49-2020", -11_880, BigDecimal.valueOf(99)), new Adjustment(JKM, "PP-49-2020", -14_850, BigDecimal.valueOf(99)));
	}

	@Test
	@DisplayName("domain.md PU contributions: caps before March 2024 were not gathered, so JP is on the whole wage, with a warning")
	void warnsWhenNoCapIsKnownForTheDate() {
		Quote quote = rules.quote(pu("2023-06-01", 12_000_000, Set.of(JKK, JKM, JHT, JP), EmployerSize.LARGE, 1));

		assertThat(quote.breakdown()).containsEntry(JP, 360_000L);
		assertThat(quote.warnings()).containsExactly(RateTable.WAGE_CAP_UNKNOWN);
	}

	@ParameterizedTest(name = "risk class {0}: {1}")
	@CsvSource({ "1, 7200", "2, 16200", "3, 26700", "4, 38100", "5, 52200" })
	@DisplayName("domain.md PU contributions: JKK 0.24 / 0.54 / 0.89 / 1.27 / 1.74% by risk class")
	void ratesJkkByRiskClass(int riskClass, long jkk) {
		assertThat(rules.quote(pu("2026-01-10", 3_000_000, Set.of(JKK, JKM), EmployerSize.MICRO, riskClass)).breakdown())
				.containsEntry(JKK, jkk).containsEntry(JKM, 9_000L);
	}

	@Test
	@DisplayName("domain.md PU contributions: JKM 0.30% of the wage, rounded half up to the Rupiah")
	void roundsHalfUp() {
		// 0.30% of 1,500,500 is 4,501.5
		assertThat(rules.quote(pu("2026-01-10", 1_500_500, Set.of(JKK, JKM), EmployerSize.MICRO, 1)).breakdown())
				.containsEntry(JKM, 4_502L);
	}

	@Test
	@DisplayName("domain.md PU contributions: PP 50/2025 is for BPU only")
	void givesNoBpuDiscountToWageEarners() {
		assertThat(rules.quote(pu("2026-11-22", 3_000_000, Set.of(JKK, JKM), EmployerSize.MICRO, 1)).adjustments())
				.isEmpty();
	}

	@Test
	@DisplayName("domain.md PU contributions: JKK depends on the risk class, which is then required")
	void requiresRiskClassForJkk() {
		assertThatThrownBy(() -> rules.quote(pu("2026-01-10", 3_000_000, Set.of(JKK, JKM), EmployerSize.MICRO, null)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
						.extracting(FieldProblem::field).containsExactly("riskClass"));
	}

	@Test
	@DisplayName("domain.md Segments and programs: PU programs depend on the employer size, which is then required")
	void requiresEmployerSize() {
		assertThatThrownBy(() -> rules.quote(pu("2026-01-10", 3_000_000, Set.of(JKK, JKM), null, 1)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
						.extracting(FieldProblem::field).containsExactly("employerSize"));
	}

	@Test
	@DisplayName("domain.md PU contributions: five risk classes, so 6 is refused along with a negative wage")
	void namesEveryBadField() {
		assertThatThrownBy(() -> rules.quote(pu("2026-01-10", -1, Set.of(JKK, JKM), EmployerSize.MICRO, 6)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
						.extracting(FieldProblem::field).containsExactly("monthlyIncome", "riskClass"));
	}
}
