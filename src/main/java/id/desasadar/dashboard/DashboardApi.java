package id.desasadar.dashboard;

import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaigns;
import id.desasadar.region.Region;
import id.desasadar.support.FieldChecks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** api.md, Dashboard: coverage of a region in scope, by child region. */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardApi {

	private final CoverageFigures figures;
	private final VisibleRegions visibleRegions;
	private final Campaigns campaigns;

	DashboardApi(CoverageFigures figures, VisibleRegions visibleRegions, Campaigns campaigns) {
		this.figures = figures;
		this.visibleRegions = visibleRegions;
		this.campaigns = campaigns;
	}

	/** Without {@code regionCode}, the caller's first scope. */
	@GetMapping("/coverage")
	CoverageReport coverage(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Long campaignId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		LocalDate fromDate = checks.date("from", from, false);
		LocalDate toDate = checks.date("to", to, false);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			checks.add("to", "dashboard.period.reversed");
		}
		checks.throwIfAny();
		Region region = visibleRegions.findOrFirstScope(regionCode, viewer);
		if (campaignId != null) {
			campaigns.findVisible(campaignId, viewer);
		}
		return figures.report(region, new CoverageFilter(campaignId, fromDate, toDate));
	}
}
