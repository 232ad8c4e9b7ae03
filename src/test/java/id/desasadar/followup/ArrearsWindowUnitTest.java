package id.desasadar.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.CoveragePolicy;
import id.desasadar.enrollment.CoverageStatus;

import org.junit.jupiter.api.Test;

/** The ranges the list query uses select exactly what {@link Coverage} calls ARREARS and LAPSED. */
class ArrearsWindowUnitTest {

	static final Coverage COVERAGE = new Coverage(CoveragePolicy.DEFAULT);

	static CoverageStatus listedAs(ArrearsWindow window, YearMonth paidThrough) {
		LocalDate month = paidThrough.atDay(1);
		for (FollowUpStatus status : FollowUpStatus.values()) {
			LocalDate from = window.paidThroughFrom(status);
			if (month.isBefore(window.paidThroughBefore(status)) && (from == null || !month.isBefore(from))) {
				return CoverageStatus.valueOf(status.name());
			}
		}
		return null;
	}

	@Test
	void selectsWhatCoverageCallsArrearsOrLapsedWithTheSameMonthsUnpaid() {
		for (LocalDate today : new LocalDate[] { LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 16),
				LocalDate.of(2027, 1, 1), LocalDate.of(2026, 3, 31) }) {
			ArrearsWindow window = ArrearsWindow.of(COVERAGE, today);
			for (YearMonth paid = YearMonth.of(2019, 8); paid.isBefore(YearMonth.of(2028, 1)); paid = paid.plusMonths(1)) {
				CoverageStatus status = COVERAGE.statusOf(paid, false, today);
				boolean owed = status == CoverageStatus.ARREARS || status == CoverageStatus.LAPSED;
				assertThat(listedAs(window, paid)).as("paid through %s on %s", paid, today).isEqualTo(owed ? status : null);
				if (owed) {
					assertThat(window.monthsUnpaid(paid)).as("paid through %s on %s", paid, today)
						.isEqualTo(COVERAGE.monthsUnpaid(paid, today));
				}
			}
		}
	}

	@Test
	void countsTheDueMonthOnlyAfterItsDueDay() {
		ArrearsWindow onTheDueDay = ArrearsWindow.of(COVERAGE, LocalDate.of(2026, 11, 15));
		assertThat(onTheDueDay.unpaidBefore()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(onTheDueDay.lapsedBefore()).isEqualTo(LocalDate.of(2026, 7, 1));
		ArrearsWindow after = ArrearsWindow.of(COVERAGE, LocalDate.of(2026, 11, 16));
		assertThat(after.unpaidBefore()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(after.monthsUnpaid(YearMonth.of(2020, 7))).isEqualTo(76);
	}

	@Test
	void followsAPolicyWithOtherTerms() {
		Coverage strict = new Coverage(new CoveragePolicy(10, 1));
		ArrearsWindow window = ArrearsWindow.of(strict, LocalDate.of(2026, 11, 11));
		assertThat(listedAs(window, YearMonth.of(2026, 10))).isEqualTo(CoverageStatus.ARREARS);
		assertThat(listedAs(window, YearMonth.of(2026, 9))).isEqualTo(CoverageStatus.LAPSED);
		assertThat(listedAs(window, YearMonth.of(2026, 11))).isNull();
	}
}
