package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.QuoteRequests.bpu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Pp50DiscountUnitTest {

	private final RateTable rules = SeedRules.table();

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: on 2026-11-22 a non-transport BPU at Rp1,000,000 pays 5,000 + 3,400 = Rp8,400")
	void halvesJkkAndJkmForOtherSectorsIn2026() {
		Quote quote = rules.quote(bpu("2026-11-22", 1_000_000, Set.of(JKK, JKM), Sector.TRADE, Payer.SELF));

		assertThat(quote.monthlyContribution()).isEqualTo(8_400);
		assertThat(quote.breakdown()).containsExactly(entry(JKK, 5_000L), entry(JKM, 3_400L));
		assertThat(quote.adjustments()).containsExactly(
				new Adjustment(JKK, "PP-50-2025", -5_000, BigDecimal.valueOf(50)), new Adjustment(JKM, "PP-50-2025", -3_400, BigDecimal.valueOf(50)));
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: read as Rp36,800 in full, PP 50/2025 takes 50% of JKK and JKM (Rp8,400), Rp28,400 to pay")
	void tellsTheFullAmountThenTheSavingByTheRegulationsName() {
		Quote quote = rules.quote(bpu("2026-11-22", 1_000_000, Set.of(JKK, JKM, JHT), Sector.TRADE, Payer.SELF));

		assertThat(quote.fullAmounts()).containsExactly(entry(JKK, 10_000L), entry(JKM, 6_800L), entry(JHT, 20_000L));
		assertThat(quote.fullContribution()).isEqualTo(36_800);
		assertThat(quote.savings()).containsExactly(
				new Quote.Saving("PP 50/2025", BigDecimal.valueOf(50), List.of(JKK, JKM), 8_400));
		assertThat(quote.savings().get(0).programList("dan")).isEqualTo("JKK dan JKM");
		assertThat(quote.fullContribution() - quote.savings().get(0).amount()).isEqualTo(quote.monthlyContribution());
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: not JHT, so Rp28,400 with JHT")
	void leavesJhtWhole() {
		Quote quote = rules.quote(bpu("2026-11-22", 1_000_000, Set.of(JKK, JKM, JHT), Sector.TRADE, Payer.SELF));

		assertThat(quote.monthlyContribution()).isEqualTo(28_400);
		assertThat(quote.breakdown()).containsEntry(JHT, 20_000L);
		assertThat(quote.adjustments()).extracting(Adjustment::program).containsExactly(JKK, JKM);
	}

	@ParameterizedTest
	@EnumSource(value = Payer.class, names = { "STATE_BUDGET", "REGIONAL_BUDGET" })
	@DisplayName("domain.md BPU contributions, PP 50/2025: no discount where APBN/APBD pays")
	void givesNoDiscountWhenPublicBudgetPays(Payer payer) {
		Quote quote = rules.quote(bpu("2026-11-22", 1_000_000, Set.of(JKK, JKM), Sector.TRADE, payer));

		assertThat(quote.monthlyContribution()).isEqualTo(16_800);
		assertThat(quote.adjustments()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Payer.class, names = { "SELF", "GROUP", "SPONSOR", "VILLAGE_BUDGET" })
	@DisplayName("domain.md BPU contributions, PP 50/2025: the village budget (APBDes) is not APBN/APBD")
	void discountsOtherPayers(Payer payer) {
		assertThat(rules.quote(bpu("2026-11-22", 1_000_000, Set.of(JKK, JKM), Sector.TRADE, payer))
				.monthlyContribution()).isEqualTo(8_400);
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@CsvSource({
			"TRANSPORT, 2025-12-31, 16800", "TRANSPORT, 2026-01-01, 8400", "TRANSPORT, 2027-02-10, 8400",
			"TRANSPORT, 2027-03-31, 8400", "TRANSPORT, 2027-04-01, 16800",
			"TRADE, 2026-03-31, 16800", "TRADE, 2026-04-01, 8400", "TRADE, 2026-12-31, 8400",
			"TRADE, 2027-01-01, 16800", "TRADE, 2027-02-10, 16800",
			"AGRICULTURE, 2026-06-15, 8400", "OTHER, 2026-06-15, 8400" })
	@DisplayName("domain.md BPU contributions, PP 50/2025: transport January 2026 to March 2027, other sectors April to December 2026, by contribution month")
	void discountsByContributionMonthAndSector(Sector sector, String date, long monthly) {
		assertThat(rules.quote(bpu(date, 1_000_000, Set.of(JKK, JKM), sector, Payer.SELF)).monthlyContribution())
				.isEqualTo(monthly);
	}

	@Test
	@DisplayName("domain.md BPU contributions, PP 50/2025: half of JKK at the Rp1,200,000 base is Rp6,000")
	void halvesJkkOfAHigherBracket() {
		Quote quote = rules.quote(bpu("2026-05-01", 1_150_000, Set.of(JKK, JKM), Sector.TRADE, Payer.SELF));

		assertThat(quote.breakdown()).containsEntry(JKK, 6_000L).containsEntry(JKM, 3_400L);
		assertThat(quote.monthlyContribution()).isEqualTo(9_400);
	}
}
