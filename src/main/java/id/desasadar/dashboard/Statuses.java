package id.desasadar.dashboard;

/** Open enrollments by coverage status (enrollment.CoverageStatus but ENDED, which is not open). */
public record Statuses(long pending, long active, long arrears, long lapsed) {

	static final Statuses NONE = new Statuses(0, 0, 0, 0);

	Statuses plus(Statuses other) {
		return new Statuses(pending + other.pending, active + other.active, arrears + other.arrears,
				lapsed + other.lapsed);
	}

	long total() {
		return pending + active + arrears + lapsed;
	}
}
