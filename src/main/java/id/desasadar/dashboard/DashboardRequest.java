package id.desasadar.dashboard;

import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaign;
import id.desasadar.campaign.Campaigns;
import id.desasadar.region.Region;
import id.desasadar.support.FieldChecks;

/**
 * What a dashboard is asked for, checked once for the page, its downloads and the API alike: a region in the
 * viewer's scope (404 otherwise), an optional campaign the viewer sees (404 otherwise) and an optional period
 * of enrollment dates (400 naming {@code from}, {@code to} or {@code campaignId} when malformed).
 */
record DashboardRequest(Region region, Campaign campaign, CoverageFilter filter, MonthRange months) {

	static DashboardRequest of(String regionCode, String campaignId, String from, String to, Viewer viewer,
			VisibleRegions regions, Campaigns campaigns, LocalDate today) {
		FieldChecks checks = new FieldChecks();
		LocalDate fromDate = checks.date("from", from, false);
		LocalDate toDate = checks.date("to", to, false);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			checks.add("to", "dashboard.period.reversed");
		}
		Long campaignNumber = checks.wholeNumber("campaignId", campaignId);
		checks.throwIfAny();
		Region region = regions.findOrFirstScope(regionCode, viewer);
		Campaign campaign = campaignNumber == null ? null : campaigns.findVisible(campaignNumber, viewer);
		return new DashboardRequest(region, campaign, new CoverageFilter(campaignNumber, fromDate, toDate),
				MonthRange.of(fromDate, toDate, campaign == null ? null : campaign.getStartsOn(),
						campaign == null ? null : campaign.getEndsOn(), today));
	}
}
