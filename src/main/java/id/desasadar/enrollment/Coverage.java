package id.desasadar.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Coverage status from the month an enrollment is paid through (domain.md, Payments and coverage status).
 * <p>
 * A month counts as unpaid only once its due day has passed. api.md words ACTIVE as "paid through the
 * current month", but taken literally that would put every worker who pays month by month, as the rules
 * allow, into arrears on the 1st and keep them there until they pay by the 15th. So up to and including
 * the due day only the months before the current one are due; after it, the current month too.
 * <p>
 * A month may fall due by the due day of a later month (domain.md, PU contributions: by the 15th of the following
 * month): {@link #withDueMonthsAfter} gives the coverage of such a segment, so that a PU worker is not in arrears
 * a month early. The coverage bean itself counts every month due in the month itself (BPU); other modules ask
 * {@link CoverageWindows} for a segment's coverage and for the same rule as SQL ({@link StatusWindows}).
 * <p>
 * The unpaid months always follow the month paid through, so they are consecutive, which is what the
 * lapse rule ("more than 3 consecutive unpaid months") counts.
 */
public final class Coverage {

	/** As the payment terms' check (V31): a month is due at most two months after it. */
	static final int MAX_DUE_MONTHS_AFTER = 2;

	private final CoveragePolicy policy;

	private final ToIntFunction<YearMonth> dueMonthsAfter;

	public Coverage(CoveragePolicy policy) {
		this(policy, month -> 0);
	}

	private Coverage(CoveragePolicy policy, ToIntFunction<YearMonth> dueMonthsAfter) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.dueMonthsAfter = Objects.requireNonNull(dueMonthsAfter, "dueMonthsAfter");
	}

	/**
	 * The same policy for a segment whose contribution month falls due by the due day of a later month:
	 * {@code dueMonthsAfter} of each month, 0 to {@value #MAX_DUE_MONTHS_AFTER} (the payment term in force for it).
	 */
	public Coverage withDueMonthsAfter(ToIntFunction<YearMonth> dueMonthsAfter) {
		return new Coverage(policy, dueMonthsAfter);
	}

	public CoveragePolicy policy() {
		return policy;
	}

	/**
	 * The latest month whose contribution is due on {@code today}: the figures count "active" from it. A month due
	 * by the due day of a later month (PU) is due once that later month's due day has passed.
	 */
	public YearMonth lastMonthDue(LocalDate today) {
		YearMonth current = YearMonth.from(today);
		YearMonth dueDayPassed = today.getDayOfMonth() > policy.dueDay() ? current : current.minusMonths(1);
		for (int back = 0; back < MAX_DUE_MONTHS_AFTER; back++) {
			YearMonth month = dueDayPassed.minusMonths(back);
			if (!month.plusMonths(dueMonthsAfter.applyAsInt(month)).isAfter(dueDayPassed)) {
				return month;
			}
		}
		return dueDayPassed.minusMonths(MAX_DUE_MONTHS_AFTER);
	}

	/**
	 * {@link #statusOf} as bounds on the month paid through, for queries that compare a stored
	 * {@code paid_through} (the first day of its month): paid through {@code activeFrom} or later is ACTIVE,
	 * from {@code arrearsFrom} to before {@code activeFrom} ARREARS, before {@code arrearsFrom} LAPSED.
	 */
	public record StatusBounds(LocalDate activeFrom, LocalDate arrearsFrom) {
	}

	public StatusBounds statusBounds(LocalDate today) {
		YearMonth lastDue = lastMonthDue(today);
		return new StatusBounds(lastDue.atDay(1), lastDue.minusMonths(policy.maxArrearsMonths()).atDay(1));
	}

	/**
	 * @param paidThrough last month covered by payments, {@code null} when nothing was paid yet
	 * @param ended the enrollment was ended on purpose
	 */
	public CoverageStatus statusOf(YearMonth paidThrough, boolean ended, LocalDate today) {
		if (ended) {
			return CoverageStatus.ENDED;
		}
		if (paidThrough == null) {
			return CoverageStatus.PENDING;
		}
		int unpaid = monthsUnpaid(paidThrough, today);
		if (unpaid == 0) {
			return CoverageStatus.ACTIVE;
		}
		return unpaid <= policy.maxArrearsMonths() ? CoverageStatus.ARREARS : CoverageStatus.LAPSED;
	}

	/**
	 * Months past their due day and after {@code paidThrough}; 0 when paid ahead. Needs a month paid
	 * through: with nothing paid the status is {@link CoverageStatus#PENDING} instead.
	 */
	public int monthsUnpaid(YearMonth paidThrough, LocalDate today) {
		Objects.requireNonNull(paidThrough, "paidThrough: with nothing paid the status is PENDING");
		long unpaid = paidThrough.until(lastMonthDue(today), ChronoUnit.MONTHS);
		return (int) Math.max(0, unpaid);
	}

	/**
	 * The month paid through after paying {@code months} months: they cover the months right after
	 * {@code paidThrough}, or from {@code firstMonth} (the first month of the enrollment) when nothing was
	 * paid yet. Arrears are thereby settled first, oldest month first.
	 */
	public YearMonth paidThroughAfter(YearMonth paidThrough, YearMonth firstMonth, int months) {
		if (months < 1) {
			throw new IllegalArgumentException("a payment covers at least one month, was " + months);
		}
		return nextMonthDue(paidThrough, firstMonth).plusMonths(months - 1L);
	}

	/** The first month not yet paid: the one after {@code paidThrough}, or {@code firstMonth} when nothing was paid. */
	public YearMonth nextMonthDue(YearMonth paidThrough, YearMonth firstMonth) {
		if (paidThrough != null) {
			return paidThrough.plusMonths(1);
		}
		return Objects.requireNonNull(firstMonth, "firstMonth: needed when nothing was paid yet");
	}
}
