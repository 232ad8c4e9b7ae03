package id.desasadar.enrollment;

/**
 * Where an enrollment stands with its payments (api.md, Enrollments). Message keys are
 * {@code coverage.status.<name>}.
 */
public enum CoverageStatus {
	/** Nothing paid yet. */
	PENDING,
	/** Every month whose due day has passed is paid. */
	ACTIVE,
	/** 1 up to {@link CoveragePolicy#maxArrearsMonths()} months unpaid: can still be settled. */
	ARREARS,
	/** More unpaid months than can be settled: participation has ended for arrears. */
	LAPSED,
	/** Ended on purpose, as recorded by staff; wins over any payment state. */
	ENDED;

	/** Key in {@code i18n/enrollment*.properties}. */
	public String messageKey() {
		return "coverage.status." + name();
	}
}
