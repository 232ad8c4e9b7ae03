package id.desasadar.contribution;

import java.math.BigDecimal;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.QuoteRequests.bpu;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Pp49ReliefUnitTest {

	private final RateTable rules = SeedRules.table();

	@Test
	@DisplayName("domain.md PP 49/2020: JKK and JKM cut by 99%, a BPU paid Rp68 for JKM (and Rp100 for JKK at Rp1,000,000)")
	void cutsJkkAndJkmBy99Percent() {
		Quote quote = rules.quote(bpu("2020-08-21", 1_000_000, Set.of(JKK, JKM)));

		assertThat(quote.breakdown()).containsExactly(entry(JKK, 100L), entry(JKM, 68L));
		assertThat(quote.monthlyContribution()).isEqualTo(168);
		assertThat(quote.adjustments()).containsExactly(
				new Adjustment(JKK, "PP-49-2020", -9_900, BigDecimal.valueOf(99)), new Adjustment(JKM, "PP-49-2020", -6_732, BigDecimal.valueOf(99)));
	}

	@Test
	@DisplayName("domain.md PP 49/2020: JHT is not cut, so Rp20,168 with JHT")
	void leavesJhtWhole() {
		assertThat(rules.quote(bpu("2020-12-01", 1_000_000, Set.of(JKK, JKM, JHT))).breakdown())
				.containsExactly(entry(JKK, 100L), entry(JKM, 68L), entry(JHT, 20_000L));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2020-07-31, 16800", "2020-08-01, 168", "2020-10-15, 168", "2021-01-31, 168", "2021-02-01, 16800" })
	@DisplayName("domain.md PP 49/2020: for contribution months August 2020 to January 2021 only")
	void appliesToItsContributionMonthsOnly(String date, long monthly) {
		assertThat(rules.quote(bpu(date, 1_000_000, Set.of(JKK, JKM))).monthlyContribution()).isEqualTo(monthly);
	}

	@ParameterizedTest
	@EnumSource(Payer.class)
	@DisplayName("domain.md PP 49/2020: every sector and every payer, APBN/APBD included")
	void appliesToEveryPayerAndSector(Payer payer) {
		for (Sector sector : Sector.values()) {
			assertThat(rules.quote(bpu("2020-09-01", 1_000_000, Set.of(JKK, JKM), sector, payer)).monthlyContribution())
					.isEqualTo(168);
		}
	}

	@Test
	@DisplayName("domain.md PP 49/2020, Payments: 8 months from July 2020 are 2 whole months and 6 relieved ones, 33,600 + 1,008")
	void sumsAnImportedPaymentAcrossTheRelief() {
		assertThat(rules.amountDue(bpu("2020-07-01", 1_000_000, Set.of(JKK, JKM)), YearMonth.of(2020, 7), 8))
				.isEqualTo(34_608);
	}
}
