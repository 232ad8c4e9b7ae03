package id.desasadar.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.desasadar.contribution.Segment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The due date of a month as SQL, from the payment terms stored (V31; domain.md, PU contributions). */
class CoverageWindowsUnitTest {

	static PaymentTerms.Term term(Segment segment, int dueMonthsAfter, String from, String to) {
		return new PaymentTerms.Term(segment, dueMonthsAfter, BigDecimal.ZERO, LocalDate.parse(from),
				to == null ? null : LocalDate.parse(to), "test");
	}

	@Test
	@DisplayName("domain.md PU contributions: a PU month falls due by the 15th of the following month, a BPU month by its own 15th")
	void addsTheMonthsOfEachSegmentsTermInForce() {
		String sql = CoverageWindows.dueMonthSql(List.of(term(Segment.BPU, 0, "2015-07-01", null),
				term(Segment.PU, 1, "2015-07-01", "2090-01-01"), term(Segment.PU, 2, "2090-01-01", null)), 15, "m", "s");
		assertThat(sql).isEqualTo("cast(m + make_interval(months => case"
				+ " when s = 'PU' and m >= date '2015-07-01' and m < date '2090-01-01' then 1"
				+ " when s = 'PU' and m >= date '2090-01-01' then 2 else 0 end) + make_interval(days => 14) as date)");
	}

	@Test
	void writesNoCaseWhenEveryMonthFallsDueInTheMonthItself() {
		// A manager may set PU to the month itself: a case without a branch is no SQL.
		assertThat(CoverageWindows.dueMonthSql(List.of(term(Segment.BPU, 0, "2015-07-01", null),
				term(Segment.PU, 0, "2015-07-01", null)), 10, "m", "s"))
			.isEqualTo("cast(m + make_interval(months => 0) + make_interval(days => 9) as date)");
		assertThat(CoverageWindows.dueMonthSql(List.of(), 15, "m", "s")).contains("months => 0");
	}
}
