package id.desasadar.enrollment;

/**
 * The payment terms that decide a coverage status. They are [M] in domain.md (Payments and coverage
 * status), so they are a value rather than constants: BPU pay each month by its 15th, and up to 3
 * months of arrears can be settled.
 *
 * @param dueDay last day of a month on which that month's contribution is still on time; at most 28 so
 *        that it exists in every month
 * @param maxArrearsMonths unpaid months that still count as arrears; one more and participation lapses
 */
public record CoveragePolicy(int dueDay, int maxArrearsMonths) {

	public static final CoveragePolicy DEFAULT = new CoveragePolicy(15, 3);

	public CoveragePolicy {
		if (dueDay < 1 || dueDay > 28) {
			throw new IllegalArgumentException("due day must be 1 to 28, was " + dueDay);
		}
		if (maxArrearsMonths < 0) {
			throw new IllegalArgumentException("max arrears months must not be negative, was " + maxArrearsMonths);
		}
	}
}
