package id.desasadar.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaigns;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every table of the dashboard as CSV or XLSX ({@code /dashboard/regions.csv?region=&campaignId=&from=&to=}),
 * with the page's checks (role, scope, filters) and its filters. The tables are a few hundred rows at most
 * (children of a region, months, top events), so the report is made first and then written out.
 */
@Controller
class DashboardDownloads {

	private final Dashboard dashboard;
	private final VisibleRegions visibleRegions;
	private final Campaigns campaigns;
	private final MessageSource messages;
	private final Clock clock;

	DashboardDownloads(Dashboard dashboard, VisibleRegions visibleRegions, Campaigns campaigns, MessageSource messages,
			Clock clock) {
		this.dashboard = dashboard;
		this.visibleRegions = visibleRegions;
		this.campaigns = campaigns;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard/{table:regions|programs|months|statuses|events}.{format}")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	void download(@PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) String region, @RequestParam(required = false) String campaignId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Viewer viewer,
			Locale locale, HttpServletResponse response) {
		DashboardTable shown = DashboardTable.named(table);
		TableFormat tableFormat = TableFormat.ofExtension(format);
		LocalDate today = LocalDate.now(clock);
		DashboardRequest request = DashboardRequest.of(region, campaignId, from, to, viewer, visibleRegions, campaigns,
				today);
		DashboardReport report = dashboard.report(request);
		String title = messages.getMessage("dashboard.sheet." + shown.fileName(), null, locale);
		TableWriter writer = TableDownload.start(response, tableFormat,
				"dasbor-" + shown.fileName() + "-" + request.region().getCode() + "-" + today, title);
		writer.row(shown.columns());
		for (var row : shown.rows(report)) {
			writer.row(row);
		}
		writer.finish();
	}
}
