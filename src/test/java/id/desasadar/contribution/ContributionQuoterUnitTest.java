package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.Program.JP;
import static id.desasadar.contribution.QuoteRequests.bpu;
import static id.desasadar.contribution.QuoteRequests.pu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.RuleViolationException;

class ContributionQuoterUnitTest {

	private final ContributionQuoter quoter = new ContributionQuoter(new Eligibility(EligibilityProperties.defaults()),
			SeedRules::table);

	@Test
	@DisplayName("domain.md Segments and programs: JP is not open to BPU, so it is not quoted")
	void refusesJpForBpu() {
		assertThatThrownBy(() -> quoter.quote(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM, JP))))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.code()).isEqualTo("program-not-eligible"));
	}

	@Test
	@DisplayName("domain.md Segments and programs, Perpres 109/2013: PU micro without JKM is refused")
	void refusesPuMicroWithoutJkm() {
		assertThatThrownBy(() -> quoter.quote(pu("2026-01-10", 3_000_000, Set.of(JKK), EmployerSize.MICRO, 1)))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.code()).isEqualTo("core-programs-required"));
	}

	@Test
	@DisplayName("api.md Conventions: malformed input (400) is reported before a rule of the programs (422)")
	void reportsBadInputBeforeBrokenRules() {
		assertThatThrownBy(() -> quoter.quote(bpu("2019-08-21", -5, Set.of(JP))))
				.isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("domain.md BPU contributions: the Rp16,800 quote of 2019 through the quoter")
	void quotesAllowedPrograms() {
		assertThat(quoter.quote(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM))).monthlyContribution()).isEqualTo(16_800);
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: discounts go by contribution month, so February and March 2026 are whole, April half")
	void sumsMonthsAcrossTheStartOfTheDiscount() {
		assertThat(quoter.amountDue(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM)), YearMonth.of(2026, 2), 3))
				.isEqualTo(16_800 + 16_800 + 8_400);
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: 12 months from July 2026 for a non-transport BPU with JHT")
	void sumsMonthsAcrossTheEndOfTheDiscount() {
		// July to December 2026 discounted (28,400), January to June 2027 whole (36,800)
		assertThat(quoter.amountDue(bpu("2026-07-15", 1_000_000, Set.of(JKK, JKM, JHT)), YearMonth.of(2026, 7), 12))
				.isEqualTo(6 * 28_400 + 6 * 36_800);
	}

	@Test
	@DisplayName("domain.md Payments: one month paid is one monthly quote")
	void dueForOneMonthIsTheMonthlyQuote() {
		assertThat(quoter.amountDue(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM)), YearMonth.of(2019, 8), 1))
				.isEqualTo(16_800);
	}

	@Test
	@DisplayName("domain.md Payments: at least one month is paid")
	void refusesZeroMonths() {
		assertThatThrownBy(() -> quoter.amountDue(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM)), YearMonth.of(2019, 8), 0))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.problems().get(0).field()).isEqualTo("months"));
	}

	@Test
	@DisplayName("domain.md Segments and programs: JP is refused for BPU by amountDue too")
	void refusesIneligibleProgramsForAmountDue() {
		assertThatThrownBy(() -> quoter.amountDue(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM, JP)), YearMonth.of(2019, 8), 3))
				.isInstanceOf(RuleViolationException.class);
	}
}
