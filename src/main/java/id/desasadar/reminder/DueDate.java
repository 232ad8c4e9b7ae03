package id.desasadar.reminder;

import java.time.LocalDate;
import java.time.YearMonth;

import id.desasadar.enrollment.CoveragePolicy;

/**
 * When a contribution month falls due, as the coverage status counts it (domain.md, Payments and coverage status:
 * BPU pay by the 15th of the month itself; the application counts every enrollment that way, so that a reminder
 * and the status agree): the due day of the month (1 to 28, {@link CoveragePolicy}).
 */
record DueDate(CoveragePolicy policy) {

	LocalDate of(YearMonth month) {
		return month.atDay(policy.dueDay());
	}

	/** Whether the month falls due from today up to {@code days} days ahead (0: today only). */
	boolean within(YearMonth month, LocalDate today, int days) {
		LocalDate due = of(month);
		return !due.isBefore(today) && !due.isAfter(today.plusDays(days));
	}
}
