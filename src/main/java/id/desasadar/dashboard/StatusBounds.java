package id.desasadar.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.enrollment.Coverage;

/**
 * The months paid through that separate the statuses of an open enrollment today, as
 * {@link Coverage#statusOf} decides them: nothing paid is PENDING; paid through the last month due or later,
 * ACTIVE; through one of the {@code maxArrearsMonths} months before it, ARREARS; earlier, LAPSED.
 */
record StatusBounds(Date lastDue, Date arrearsFrom) {

	static StatusBounds of(Coverage coverage, Clock clock) {
		YearMonth lastDue = coverage.lastMonthDue(LocalDate.now(clock));
		return new StatusBounds(Date.valueOf(lastDue.atDay(1)),
				Date.valueOf(lastDue.minusMonths(coverage.policy().maxArrearsMonths()).atDay(1)));
	}
}
