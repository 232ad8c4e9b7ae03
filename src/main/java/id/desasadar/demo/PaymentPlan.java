package id.desasadar.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.desasadar.enrollment.Coverage;

/**
 * How a synthetic worker pays, decided once and for all when the data is drawn; only how far the payments
 * run follows the real today, so that statuses make sense on any day. Payments cover calendar periods of
 * {@code chunk} months (a year from January, a half year, a quarter, a month): the first, made at enrollment,
 * runs to the end of its period, the next ones are made on {@code payDay} (at most the 15th, the due day) of
 * the period's first month. So a payment is never late, never refused as lapsed, and workers with the same
 * terms pay the same amounts, which keeps the load fast.
 *
 * @param standing where the worker should stand today
 * @param chunk months of each calendar period paid at once: 1, 2, 3, 4, 6 or 12
 * @param payDay day of the month payments after the first are made, 1-15
 * @param arrearsMonths for {@link Standing#ARREARS}: months unpaid today, 1-3
 * @param lastPaid for {@link Standing#LAPSED}: the last month paid before the worker stopped
 */
record PaymentPlan(Standing standing, int chunk, int payDay, int arrearsMonths, YearMonth lastPaid) {

	enum Standing {
		/** Keeps paying: ACTIVE. */
		PAYING,
		/** Stopped 1-3 months ago: ARREARS. */
		ARREARS,
		/** Stopped in {@code lastPaid}, long ago: LAPSED. */
		LAPSED,
		/** Never paid: PENDING. */
		UNPAID
	}

	/** One payment: {@code months} months from {@code firstMonth}, paid on {@code paidOn}. */
	record Installment(LocalDate paidOn, YearMonth firstMonth, int months) {
	}

	PaymentPlan {
		if (chunk < 1 || 12 % chunk != 0 || payDay < 1 || payDay > 15) {
			throw new IllegalArgumentException("chunk a divisor of 12 and pay day 1-15, was " + chunk + " and " + payDay);
		}
	}

	static PaymentPlan paying(int chunk, int payDay) {
		return new PaymentPlan(Standing.PAYING, chunk, payDay, 0, null);
	}

	/** The payments made by {@code today} on an enrollment of {@code enrolledOn}. */
	List<Installment> installments(LocalDate enrolledOn, LocalDate today, Coverage coverage) {
		YearMonth first = YearMonth.from(enrolledOn);
		YearMonth until = switch (standing) {
			case PAYING -> null;
			case ARREARS -> coverage.lastMonthDue(today).minusMonths(arrearsMonths);
			case LAPSED -> lastPaid;
			case UNPAID -> first.minusMonths(1);
		};
		List<Installment> installments = new ArrayList<>();
		YearMonth next = first;
		while (until == null || !next.isAfter(until)) {
			LocalDate paidOn = next.equals(first) ? enrolledOn : next.atDay(payDay);
			if (paidOn.isAfter(today)) {
				break;
			}
			int months = chunk - (next.getMonthValue() - 1) % chunk;
			if (until != null) {
				months = (int) Math.min(months, next.until(until, ChronoUnit.MONTHS) + 1);
			}
			installments.add(new Installment(paidOn, next, months));
			next = next.plusMonths(months);
		}
		return installments;
	}
}
