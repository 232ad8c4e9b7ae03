package id.desasadar.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import id.desasadar.enrollment.CoverageStatus;

/** Open enrollments by coverage status (enrollment.CoverageStatus but ENDED, which is not open). */
public record Statuses(long pending, long active, long arrears, long lapsed) {

	/** The counts by status, in the order the page and its download list them: active first, not paid yet last. */
	public Map<CoverageStatus, Long> byStatus() {
		Map<CoverageStatus, Long> counts = new LinkedHashMap<>();
		counts.put(CoverageStatus.ACTIVE, active);
		counts.put(CoverageStatus.ARREARS, arrears);
		counts.put(CoverageStatus.LAPSED, lapsed);
		counts.put(CoverageStatus.PENDING, pending);
		return counts;
	}

	static final Statuses NONE = new Statuses(0, 0, 0, 0);

	Statuses plus(Statuses other) {
		return new Statuses(pending + other.pending, active + other.active, arrears + other.arrears,
				lapsed + other.lapsed);
	}

	long total() {
		return pending + active + arrears + lapsed;
	}
}
