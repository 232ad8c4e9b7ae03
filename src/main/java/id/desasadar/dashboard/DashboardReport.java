package id.desasadar.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.desasadar.dashboard.CoverageReport.Child;
import id.desasadar.dashboard.CoverageReport.RegionRef;
import id.desasadar.dashboard.CoverageReport.Totals;
import id.desasadar.village.ReadyVillages;

/**
 * The managers' dashboard of a region, the page's and the API's alike (api.md, Dashboard: {@code region,
 * totals, children} as before; {@code statuses, byMonth, events, villages} added).
 */
public record DashboardReport(RegionRef region, Totals totals, List<Child> children, Statuses statuses,
		List<MonthCount> byMonth, List<RankedEvent> events, ReadyVillages.Counts villages) {

	/** Open enrollments made in a month, {@code month} as {@code 2026-11}. */
	public record MonthCount(YearMonth month, long enrollments) {
	}

	/** An event held in a village of the region, with the enrollments made at it. */
	public record RankedEvent(long id, String name, LocalDate date, String villageCode, String villageName,
			long enrollments) {
	}

	static DashboardReport of(CoverageReport coverage, List<MonthCount> byMonth, List<RankedEvent> events,
			ReadyVillages.Counts villages) {
		return new DashboardReport(coverage.region(), coverage.totals(), coverage.children(), coverage.statuses(),
				byMonth, events, villages);
	}
}
