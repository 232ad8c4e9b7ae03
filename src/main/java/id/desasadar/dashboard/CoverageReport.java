package id.desasadar.dashboard;

import java.util.List;
import java.util.Map;

import id.desasadar.contribution.Program;
import id.desasadar.region.RegionLevel;

/** api.md, Dashboard: {@code {region, totals, children}}, and the statuses of the open enrollments. */
public record CoverageReport(RegionRef region, Totals totals, List<Child> children, Statuses statuses) {

	public record RegionRef(String code, String name, RegionLevel level) {
	}

	public record Totals(long workers, long enrolled, long active, Long workforceEstimate, Map<Program, Long> byProgram,
			Double coverage) {
	}

	public record Child(String code, String name, long workers, long enrolled, long active, Long workforceEstimate,
			Double coverage) {
	}

	/** enrolled ÷ workforce estimate, null without an estimate (api.md). */
	static Double coverage(long enrolled, Long workforceEstimate) {
		return workforceEstimate == null || workforceEstimate == 0 ? null : (double) enrolled / workforceEstimate;
	}
}
