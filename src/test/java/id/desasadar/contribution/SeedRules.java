package id.desasadar.contribution;

import static id.desasadar.contribution.Program.JHT;
import static id.desasadar.contribution.Program.JKK;
import static id.desasadar.contribution.Program.JKM;
import static id.desasadar.contribution.Program.JP;
import static id.desasadar.contribution.Segment.BPU;
import static id.desasadar.contribution.Segment.PU;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The rules seeded by {@code V3__contribution_rules.sql} and {@code V25__contribution_rules_as_the_agency_applies_them.sql},
 * in memory, so that unit tests quote with the same rows as the application. {@code ContributionQuoteIntegrationTest} checks that both stay equal.
 */
final class SeedRules {

	private static final Validity SINCE_JULY_2015 = Validity.since(LocalDate.of(2015, 7, 1));

	private SeedRules() {
	}

	static RateTable table() {
		return new RateTable(rates(), brackets(), discounts(), caps());
	}

	static List<Rate> rates() {
		return List.of(
				Rate.percent(JKK, BPU, null, "1", SINCE_JULY_2015, "PP 44/2015: JKK BPU 1% of the income base [H]"),
				Rate.flat(JKM, BPU, 6800, SINCE_JULY_2015, "PP 44/2015: JKM BPU Rp6,800 a month [H]"),
				Rate.percent(JHT, BPU, null, "2", SINCE_JULY_2015, "PP 46/2015: JHT BPU 2% of the income base [H]"),
				Rate.percent(JKK, PU, 1, "0.24", SINCE_JULY_2015, "PP 44/2015: JKK PU risk class 1 (very low) 0.24% of the wage, employer [H]"),
				Rate.percent(JKK, PU, 2, "0.54", SINCE_JULY_2015, "PP 44/2015: JKK PU risk class 2 (low) 0.54% of the wage, employer [H]"),
				Rate.percent(JKK, PU, 3, "0.89", SINCE_JULY_2015, "PP 44/2015: JKK PU risk class 3 (medium) 0.89% of the wage, employer [H]"),
				Rate.percent(JKK, PU, 4, "1.27", SINCE_JULY_2015, "PP 44/2015: JKK PU risk class 4 (high) 1.27% of the wage, employer [H]"),
				Rate.percent(JKK, PU, 5, "1.74", SINCE_JULY_2015, "PP 44/2015: JKK PU risk class 5 (very high) 1.74% of the wage, employer [H]"),
				Rate.percent(JKM, PU, null, "0.30", SINCE_JULY_2015, "PP 44/2015: JKM PU 0.30% of the wage, employer [H]"),
				Rate.percent(JHT, PU, null, "5.7", SINCE_JULY_2015, "PP 46/2015: JHT PU 5.7% of the wage (3.7% employer, 2% worker) [H]"),
				Rate.percent(JP, PU, null, "3", SINCE_JULY_2015, "PP 45/2015: JP PU 3% of the wage up to the cap (2% employer, 1% worker) [H]"));
	}

	static List<IncomeBracket> brackets() {
		return List.of(
				new IncomeBracket(BPU, 0, 1_099_999L, 1_000_000, SINCE_JULY_2015,
						"PP 44/2015 nominal table: lowest base Rp1,000,000 [H]"),
				new IncomeBracket(BPU, 1_100_000, 1_299_999L, 1_200_000, SINCE_JULY_2015,
						"PP 44/2015 nominal table, as quoted by BPJS Ketenagakerjaan on PP 50/2025: Rp1,100,000-1,299,999 on Rp1,200,000 [H]"),
				new IncomeBracket(BPU, 20_700_000, null, 20_700_000, SINCE_JULY_2015,
						"PP 44/2015 nominal table (Lampiran II, as last amended by PP 49/2023): the top base Rp20,700,000, JKK at most Rp207,000 a month [M]; lower edge of the top bracket not found"));
	}

	static List<Discount> discounts() {
		return List.of(
				new Discount("PP-50-2025", BPU, Set.of(JKK, JKM), SectorScope.ONLY, Set.of(Sector.TRANSPORT),
						YearMonth.of(2026, 1), YearMonth.of(2027, 3), new BigDecimal("50"), true,
						"PP 50/2025: 50% off BPU JKK and JKM, transport sector, January 2026 to March 2027 [H]"),
				new Discount("PP-50-2025", BPU, Set.of(JKK, JKM), SectorScope.EXCEPT, Set.of(Sector.TRANSPORT),
						YearMonth.of(2026, 4), YearMonth.of(2026, 12), new BigDecimal("50"), true,
						"PP 50/2025: 50% off BPU JKK and JKM, sectors other than transport, April to December 2026 [H]"),
				new Discount("PP-49-2020", BPU, Set.of(JKK, JKM), SectorScope.ALL, Set.of(), YearMonth.of(2020, 8),
						YearMonth.of(2021, 1), new BigDecimal("99"), false,
						"PP 49/2020: JKK and JKM cut by 99%, contribution months August 2020 to January 2021 (BPU JKM Rp68) [H]"),
				new Discount("PP-49-2020", PU, Set.of(JKK, JKM), SectorScope.ALL, Set.of(), YearMonth.of(2020, 8),
						YearMonth.of(2021, 1), new BigDecimal("99"), false,
						"PP 49/2020: JKK and JKM cut by 99%, contribution months August 2020 to January 2021 [H]"));
	}

	static List<WageCap> caps() {
		return List.of(
				new WageCap(JP, 10_042_300, new Validity(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1)),
						"BPJS Ketenagakerjaan: JP wage cap from March 2024 [H]"),
				new WageCap(JP, 10_547_400, new Validity(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1)),
						"BPJS Ketenagakerjaan: JP wage cap for 2025/26 [M]"),
				new WageCap(JP, 11_086_300, new Validity(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1)),
						"BPJS Ketenagakerjaan: JP wage cap from 1 March 2026 [M]"));
	}
}
