package id.desasadar.dashboard;

import id.desasadar.region.RegionCode;
import id.desasadar.village.ReadyVillages;

import org.springframework.stereotype.Component;

/** Puts a dashboard together from its figure families, each counted by its own class. */
@Component
class Dashboard {

	private final CoverageFigures coverage;
	private final MonthlyEnrollments months;
	private final EventRanking events;
	private final ReadyVillages villages;

	Dashboard(CoverageFigures coverage, MonthlyEnrollments months, EventRanking events, ReadyVillages villages) {
		this.coverage = coverage;
		this.months = months;
		this.events = events;
		this.villages = villages;
	}

	DashboardReport report(DashboardRequest request) {
		RegionCode code = new RegionCode(request.region().getCode());
		return DashboardReport.of(coverage.report(request.region(), request.filter()),
				months.of(request.region(), request.filter(), request.months()), events.top(code, request.filter()),
				villages.of(code));
	}
}
