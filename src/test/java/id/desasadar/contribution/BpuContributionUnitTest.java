package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.QuoteRequests.bpu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.desasadar.support.RuleViolationException;

class BpuContributionUnitTest {

	private final RateTable rules = SeedRules.table();

	@Test
	@DisplayName("domain.md BPU contributions: at the lowest bracket JKK+JKM = Rp16,800 (2019, Festival Nasi Goreng)")
	void quotesCoreProgramsAtLowestBracketIn2019() {
		Quote quote = rules.quote(bpu("2019-08-21", 1_000_000, Set.of(JKK, JKM)));

		assertThat(quote.monthlyContribution()).isEqualTo(16_800);
		assertThat(quote.incomeBase()).isEqualTo(1_000_000);
		assertThat(quote.breakdown()).containsExactly(
				entry(JKK, 10_000L), entry(JKM, 6_800L));
		assertThat(quote.adjustments()).isEmpty();
		assertThat(quote.warnings()).isEmpty();
		assertThat(quote.date()).hasToString("2019-08-21");
	}

	@Test
	@DisplayName("domain.md BPU contributions: with JHT = Rp36,800; JHT 2% of the base, PP 46/2015")
	void addsJhtAtTwoPercentOfTheBase() {
		Quote quote = rules.quote(bpu("2019-08-21", 1_000_000, Set.of(JHT, JKM, JKK)));

		assertThat(quote.monthlyContribution()).isEqualTo(36_800);
		assertThat(quote.breakdown()).containsExactly(
				entry(JKK, 10_000L), entry(JKM, 6_800L), entry(JHT, 20_000L));
	}

	@Test
	@DisplayName("domain.md BPU contributions: JKK 1% of the income base, PP 44/2015; Rp1,150,000 is in the Rp1,200,000 bracket")
	void placesIncomeInItsBracket() {
		Quote quote = rules.quote(bpu("2025-06-01", 1_150_000, Set.of(JKK, JKM)));

		assertThat(quote.incomeBase()).isEqualTo(1_200_000);
		assertThat(quote.breakdown()).containsEntry(JKK, 12_000L).containsEntry(JKM, 6_800L);
		assertThat(quote.warnings()).isEmpty();
	}

	@Test
	@DisplayName("domain.md BPU contributions: the lowest base Rp1,000,000 also takes an income under it")
	void raisesIncomeUnderTheLowestBaseToIt() {
		Quote quote = rules.quote(bpu("2019-08-21", 500_000, Set.of(JKK, JKM)));

		assertThat(quote.incomeBase()).isEqualTo(1_000_000);
		assertThat(quote.monthlyContribution()).isEqualTo(16_800);
	}

	@ParameterizedTest(name = "income {0} has base {1}")
	@CsvSource({ "0, 1000000", "1099999, 1000000", "1100000, 1200000", "1299999, 1200000" })
	@DisplayName("domain.md BPU contributions: bracket edges are included")
	void includesBracketEdges(long income, long base) {
		assertThat(rules.quote(bpu("2019-08-21", income, Set.of(JKK, JKM))).incomeBase()).isEqualTo(base);
	}

	@Test
	@DisplayName("domain.md The top of the table: JKK is at most Rp207,000, an income of Rp25,000,000 pays on the top base Rp20,700,000, never on the income")
	void placesAnIncomeAboveTheTopBracketOnTheTopBase() {
		Quote quote = rules.quote(bpu("2026-01-15", 25_000_000, Set.of(JKK, JKM, JHT)));

		assertThat(quote.incomeBase()).isEqualTo(20_700_000);
		assertThat(quote.breakdown()).containsExactly(entry(JKK, 207_000L), entry(JKM, 6_800L), entry(JHT, 414_000L));
		assertThat(quote.monthlyContribution()).isEqualTo(627_800);
		assertThat(quote.warnings()).isEmpty();
	}

	@ParameterizedTest(name = "income {0} has base {1}")
	@CsvSource({ "20699999, 20699999", "20700000, 20700000", "20700001, 20700000", "999999999, 20700000" })
	@DisplayName("domain.md The top of the table: the top base Rp20,700,000 takes every income from it up; no base exceeds it")
	void neverTakesABaseAboveTheTopBase(long income, long base) {
		assertThat(rules.quote(bpu("2019-08-21", income, Set.of(JKK, JKM))).incomeBase()).isEqualTo(base);
	}

	@Test
	@DisplayName("domain.md The top of the table: without an open-ended top bracket, an income above every bracket still pays on the top base")
	void usesTheTopBaseAboveEveryBoundedBracket() {
		RateTable bounded = new RateTable(SeedRules.rates(), List.of(
				new IncomeBracket(Segment.BPU, 0, 1_099_999L, 1_000_000, Validity.since(LocalDate.of(2015, 7, 1)), "test"),
				new IncomeBracket(Segment.BPU, 19_000_000, 21_000_000L, 20_700_000, Validity.since(LocalDate.of(2015, 7, 1)), "test")),
				List.of(), List.of());

		assertThat(bounded.quote(bpu("2026-01-15", 25_000_000, Set.of(JKK, JKM))).incomeBase()).isEqualTo(20_700_000);
		assertThat(bounded.quote(bpu("2026-01-15", 25_000_000, Set.of(JKK, JKM))).warnings()).isEmpty();
		Quote between = bounded.quote(bpu("2026-01-15", 5_000_000, Set.of(JKK, JKM)));
		assertThat(between.incomeBase()).isEqualTo(5_000_000);
		assertThat(between.warnings()).containsExactly(RateTable.INCOME_BRACKET_UNKNOWN);
	}

	@Test
	@DisplayName("domain.md BPU contributions: the middle brackets were not found, so an income between brackets is its own base, with a warning")
	void warnsWhenNoBracketHoldsTheIncome() {
		Quote quote = rules.quote(bpu("2019-08-21", 1_300_000, Set.of(JKK, JKM, JHT)));

		assertThat(quote.incomeBase()).isEqualTo(1_300_000);
		assertThat(quote.breakdown()).containsEntry(JKK, 13_000L).containsEntry(JHT, 26_000L);
		assertThat(quote.warnings()).containsExactly(RateTable.INCOME_BRACKET_UNKNOWN);
	}

	@Test
	@DisplayName("domain.md: rates are dated data; before PP 44/2015 took effect no rate is known")
	void refusesADateWithoutRate() {
		assertThatThrownBy(() -> rules.quote(bpu("2015-06-30", 1_000_000, Set.of(JKK, JKM))))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.code()).isEqualTo("rate-unknown"));
	}
}
