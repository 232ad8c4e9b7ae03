package id.desasadar.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaigns;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** api.md, Dashboard: the dashboard of a region in scope, the same report as the page's. */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardApi {

	private final Dashboard dashboard;
	private final VisibleRegions visibleRegions;
	private final Campaigns campaigns;
	private final Clock clock;

	DashboardApi(Dashboard dashboard, VisibleRegions visibleRegions, Campaigns campaigns, Clock clock) {
		this.dashboard = dashboard;
		this.visibleRegions = visibleRegions;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** Without {@code regionCode}, the caller's first scope. */
	@GetMapping("/coverage")
	DashboardReport coverage(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String campaignId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Viewer viewer) {
		return dashboard.report(DashboardRequest.of(regionCode, campaignId, from, to, viewer, visibleRegions, campaigns,
				LocalDate.now(clock)));
	}
}
