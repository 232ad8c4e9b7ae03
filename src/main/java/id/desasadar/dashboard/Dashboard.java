package id.desasadar.dashboard;

import id.desasadar.region.RegionCode;
import id.desasadar.village.ReadyVillages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Puts a dashboard together from its figure families, each counted by its own class. */
@Component
class Dashboard {

	private final CoverageFigures coverage;
	private final MonthlyEnrollments months;
	private final EventRanking events;
	private final ReadyVillages villages;
	private final TransactionTemplate reading;

	Dashboard(CoverageFigures coverage, MonthlyEnrollments months, EventRanking events, ReadyVillages villages,
			PlatformTransactionManager transactions) {
		this.coverage = coverage;
		this.months = months;
		this.events = events;
		this.villages = villages;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * The ready villages first: they may assess a few villages again, short writes each committed at once, so that
	 * no lock of theirs waits for the rest of the report while registrations in those villages queue behind it.
	 * The rest in one read-only transaction, so on one connection: a dozen statements that each took a connection
	 * of their own queued for the pool a dozen times when it was busy (the load test, docs/performance.md).
	 */
	DashboardReport report(DashboardRequest request) {
		RegionCode code = new RegionCode(request.region().getCode());
		ReadyVillages.Counts ready = villages.of(code);
		return reading.execute(status -> DashboardReport.of(coverage.report(request.region(), request.filter()),
				months.of(request.region(), request.filter(), request.months()), events.top(code, request.filter()),
				ready));
	}
}
