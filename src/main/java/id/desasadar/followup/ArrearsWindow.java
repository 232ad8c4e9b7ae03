package id.desasadar.followup;

import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.enrollment.Coverage;

/**
 * The statuses of {@link Coverage} turned into ranges of the month paid through, so that the list query can
 * select ARREARS and LAPSED enrollments with plain comparisons on {@code paid_through} (the first day of the
 * month paid through): unpaid months are those from the month after it up to the last month due, so
 * <ul>
 * <li>ARREARS, 1 up to {@code maxArrearsMonths} unpaid: paid through from {@link #lapsedBefore()} to before
 * {@link #unpaidBefore()};</li>
 * <li>LAPSED, more unpaid: paid through before {@link #lapsedBefore()}.</li>
 * </ul>
 *
 * @param lastMonthDue {@link Coverage#lastMonthDue} of today
 * @param bounds {@link Coverage#statusBounds} of today
 */
record ArrearsWindow(YearMonth lastMonthDue, Coverage.StatusBounds bounds) {

	static ArrearsWindow of(Coverage coverage, LocalDate today) {
		return new ArrearsWindow(coverage.lastMonthDue(today), coverage.statusBounds(today));
	}

	/** Paid through before this month: at least one month unpaid. */
	LocalDate unpaidBefore() {
		return bounds.activeFrom();
	}

	/** Paid through before this month: more months unpaid than can be settled. */
	LocalDate lapsedBefore() {
		return bounds.arrearsFrom();
	}

	/** The first {@code paid_through} of the status, or {@code null} for no lower bound. */
	LocalDate paidThroughFrom(FollowUpStatus status) {
		return status == FollowUpStatus.ARREARS ? lapsedBefore() : null;
	}

	/** The {@code paid_through} that the status stays before; {@code null} status means both statuses. */
	LocalDate paidThroughBefore(FollowUpStatus status) {
		return status == FollowUpStatus.LAPSED ? lapsedBefore() : unpaidBefore();
	}

	/**
	 * What the query computes as {@code months_unpaid}: the months from the one paid through to the last one
	 * due, which is {@link Coverage#monthsUnpaid} for every month on the list.
	 */
	int monthsUnpaid(YearMonth paidThrough) {
		return (lastMonthDue.getYear() - paidThrough.getYear()) * 12
				+ (lastMonthDue.getMonthValue() - paidThrough.getMonthValue());
	}
}
