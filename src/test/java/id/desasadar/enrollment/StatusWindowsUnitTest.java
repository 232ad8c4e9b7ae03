package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.contribution.Segment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The status windows the queries use select exactly what {@link Coverage#statusOf} decides, per segment
 * (domain.md, PU contributions: "PU contributions are due by the 15th of the following month ...: a PU worker is
 * not in arrears on the 16th of the month itself"; Payments and coverage status: BPU pay by the 15th of the month
 * itself, more than 3 unpaid months lapse). Moved here from the follow-up list's ArrearsWindowUnitTest.
 */
class StatusWindowsUnitTest {

	static final Coverage BPU = new Coverage(CoveragePolicy.DEFAULT);

	/** The payment term of V31: a PU month falls due by the due day of the following month. */
	static final Coverage PU = BPU.withDueMonthsAfter(month -> 1);

	static StatusWindows on(LocalDate today) {
		return StatusWindows.of(segment -> segment == Segment.PU ? PU : BPU, today);
	}

	@Test
	@DisplayName("domain.md: every window selects what Coverage.statusOf decides for its segment, with the same months unpaid")
	void selectsWhatCoverageDecidesPerSegment() {
		for (LocalDate today : new LocalDate[] { LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 15),
				LocalDate.of(2026, 11, 16), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 3, 31) }) {
			StatusWindows windows = on(today);
			for (Segment segment : Segment.values()) {
				Coverage coverage = segment == Segment.PU ? PU : BPU;
				StatusWindows.Window window = windows.of(segment);
				assertThat(window.statusOf(null)).isEqualTo(CoverageStatus.PENDING);
				for (YearMonth paid = YearMonth.of(2019, 8); paid.isBefore(YearMonth.of(2028, 1)); paid = paid.plusMonths(1)) {
					String as = "%s paid through %s on %s".formatted(segment, paid, today);
					assertThat(window.statusOf(paid)).as(as).isEqualTo(coverage.statusOf(paid, false, today));
					assertThat(window.monthsUnpaid(paid)).as(as).isEqualTo(coverage.monthsUnpaid(paid, today));
				}
			}
		}
	}

	@Test
	@DisplayName("domain.md PU contributions: paid through September, a PU worker is active on 10 and 15 November and in arrears on 16 November")
	void aPuWorkersOctoberFallsDueOnTheFifteenthOfNovember() {
		YearMonth september = YearMonth.of(2026, 9);
		assertThat(on(LocalDate.of(2026, 11, 10)).of(Segment.PU).statusOf(september)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(on(LocalDate.of(2026, 11, 15)).of(Segment.PU).statusOf(september)).isEqualTo(CoverageStatus.ACTIVE);
		StatusWindows sixteenth = on(LocalDate.of(2026, 11, 16));
		assertThat(sixteenth.of(Segment.PU).statusOf(september)).isEqualTo(CoverageStatus.ARREARS);
		assertThat(sixteenth.of(Segment.PU).monthsUnpaid(september)).isEqualTo(1);
		// Paid through October: not in arrears on the 16th of November, where a BPU worker is.
		YearMonth october = YearMonth.of(2026, 10);
		assertThat(sixteenth.of(Segment.PU).statusOf(october)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(sixteenth.of(Segment.BPU).statusOf(october)).isEqualTo(CoverageStatus.ARREARS);
		assertThat(on(LocalDate.of(2026, 12, 16)).of(Segment.PU).statusOf(october)).isEqualTo(CoverageStatus.ARREARS);
		// Three PU months unpaid on 16 February 2027 are arrears; the BPU worker's four have lapsed.
		StatusWindows february = on(LocalDate.of(2027, 2, 16));
		assertThat(february.of(Segment.PU).statusOf(october)).isEqualTo(CoverageStatus.ARREARS);
		assertThat(february.of(Segment.BPU).statusOf(october)).isEqualTo(CoverageStatus.LAPSED);
	}

	@Test
	@DisplayName("domain.md: the windows of 16 November 2026 as bounds on the month paid through, PU's a month before BPU's")
	void boundsOfTheSixteenth() {
		StatusWindows windows = on(LocalDate.of(2026, 11, 16));
		assertThat(windows.of(Segment.BPU)).isEqualTo(new StatusWindows.Window(YearMonth.of(2026, 11),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 8, 1)));
		assertThat(windows.of(Segment.PU)).isEqualTo(new StatusWindows.Window(YearMonth.of(2026, 10),
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 7, 1)));
	}

	@Test
	void writesOneConditionPerSegmentAsSql() {
		StatusWindows windows = on(LocalDate.of(2026, 11, 16));
		assertThat(windows.is(CoverageStatus.ACTIVE, "e.paid_through", "w.segment")).isEqualTo(
				"((w.segment = 'BPU' and e.paid_through >= date '2026-11-01') or (w.segment = 'PU' and e.paid_through >= date '2026-10-01'))");
		assertThat(windows.is(CoverageStatus.ARREARS, "p", "s")).isEqualTo("((s = 'BPU' and p >= date '2026-08-01' and p < date '2026-11-01')"
				+ " or (s = 'PU' and p >= date '2026-07-01' and p < date '2026-10-01'))");
		assertThat(windows.is(CoverageStatus.LAPSED, "p", "s"))
			.isEqualTo("((s = 'BPU' and p < date '2026-08-01') or (s = 'PU' and p < date '2026-07-01'))");
		assertThat(windows.is(CoverageStatus.PENDING, "p", "s")).isEqualTo("p is null");
		assertThat(windows.unpaid("p", "s")).isEqualTo("((s = 'BPU' and p < date '2026-11-01') or (s = 'PU' and p < date '2026-10-01'))");
		assertThat(windows.monthsUnpaid("p", "s")).contains("when s = 'BPU' then date '2026-11-01'", "when s = 'PU' then date '2026-10-01'");
		assertThatThrownBy(() -> windows.is(CoverageStatus.ENDED, "p", "s")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void writesOneConditionWhenTheSegmentsAgree() {
		StatusWindows same = StatusWindows.of(segment -> BPU, LocalDate.of(2026, 11, 16));
		assertThat(same.is(CoverageStatus.ACTIVE, "p", "s")).isEqualTo("(p >= date '2026-11-01')");
	}

	@Test
	void followsAPolicyWithOtherTerms() {
		Coverage strict = new Coverage(new CoveragePolicy(10, 1));
		StatusWindows windows = StatusWindows.of(segment -> strict, LocalDate.of(2026, 11, 11));
		assertThat(windows.of(Segment.BPU).statusOf(YearMonth.of(2026, 10))).isEqualTo(CoverageStatus.ARREARS);
		assertThat(windows.of(Segment.BPU).statusOf(YearMonth.of(2026, 9))).isEqualTo(CoverageStatus.LAPSED);
		assertThat(windows.of(Segment.BPU).statusOf(YearMonth.of(2026, 11))).isEqualTo(CoverageStatus.ACTIVE);
	}
}
