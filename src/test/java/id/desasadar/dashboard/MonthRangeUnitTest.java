package id.desasadar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthRangeUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void withoutAPeriodOrCampaignIsTheLastTwelveMonthsUpToThisOne() {
		MonthRange range = MonthRange.of(null, null, null, null, TODAY);
		assertThat(range).isEqualTo(new MonthRange(YearMonth.of(2025, 12), YearMonth.of(2026, 11)));
		assertThat(range.months()).hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
	}

	@Test
	void aPeriodGivesItsMonthsAndWinsOverTheCampaign() {
		assertThat(MonthRange.of(LocalDate.of(2019, 8, 21), LocalDate.of(2019, 9, 3), LocalDate.of(2019, 1, 1),
				LocalDate.of(2019, 12, 31), TODAY).months())
			.containsExactly(YearMonth.of(2019, 8), YearMonth.of(2019, 9));
		assertThat(MonthRange.of(LocalDate.of(2026, 9, 1), null, null, null, TODAY))
			.isEqualTo(new MonthRange(YearMonth.of(2026, 9), YearMonth.of(2026, 11)));
		assertThat(MonthRange.of(null, LocalDate.of(2019, 9, 3), null, null, TODAY))
			.isEqualTo(new MonthRange(YearMonth.of(2018, 10), YearMonth.of(2019, 9)));
	}

	@Test
	void aCampaignWithoutAPeriodGivesTheCampaignsMonths() {
		assertThat(MonthRange.of(null, null, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 12, 31), TODAY))
			.isEqualTo(new MonthRange(YearMonth.of(2019, 8), YearMonth.of(2019, 12)));
	}

	@Test
	void aStartAfterTodayIsOneMonthAndDecadesAreCutToTheLatestTenYears() {
		assertThat(MonthRange.of(LocalDate.of(2027, 3, 1), null, null, null, TODAY).months())
			.containsExactly(YearMonth.of(2027, 3));
		MonthRange decades = MonthRange.of(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 1), null, null, TODAY);
		assertThat(decades.months()).hasSize(MonthRange.MAX_MONTHS).endsWith(YearMonth.of(2026, 11));
		assertThat(decades.first()).isEqualTo(YearMonth.of(2016, 12));
	}
}
