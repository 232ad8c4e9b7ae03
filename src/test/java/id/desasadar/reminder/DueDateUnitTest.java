package id.desasadar.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.enrollment.CoveragePolicy;

import org.junit.jupiter.api.Test;

/** domain.md, Payments and coverage status: BPU pay by the 15th of the month itself. */
class DueDateUnitTest {

	final DueDate due = new DueDate(CoveragePolicy.DEFAULT);

	@Test
	void aMonthFallsDueOnItsFifteenth() {
		assertThat(due.of(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 15));
	}

	@Test
	void withinCountsFromTodayToTheDaysAheadBothIncluded() {
		YearMonth december = YearMonth.of(2026, 12);
		assertThat(due.within(december, LocalDate.of(2026, 12, 8), 7)).isTrue();
		assertThat(due.within(december, LocalDate.of(2026, 12, 7), 7)).isFalse();
		assertThat(due.within(december, LocalDate.of(2026, 12, 15), 0)).isTrue();
		// the day after, the month is in arrears: the follow-up list's, not a reminder before due
		assertThat(due.within(december, LocalDate.of(2026, 12, 16), 30)).isFalse();
	}
}
