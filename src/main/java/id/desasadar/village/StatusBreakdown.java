package id.desasadar.village;

import java.util.List;

import id.desasadar.enrollment.CoverageStatus;

/**
 * How the open enrollments of a village stand with their payments (enrollment.Coverage): the village head's
 * "who pays, who is behind" at a glance, and the rows of its chart.
 */
public record StatusBreakdown(long active, long arrears, long lapsed, long pending) {

	/** One row of the table: a status and how many enrollments are in it. */
	public record Row(CoverageStatus status, long enrollments) {
	}

	public long total() {
		return active + arrears + lapsed + pending;
	}

	/** In the order a village head reads them: the paid, the behind, the lost, the not yet started. */
	public List<Row> rows() {
		return List.of(new Row(CoverageStatus.ACTIVE, active), new Row(CoverageStatus.ARREARS, arrears),
				new Row(CoverageStatus.LAPSED, lapsed), new Row(CoverageStatus.PENDING, pending));
	}
}
