package id.desasadar.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaign;
import id.desasadar.campaign.Campaigns;
import id.desasadar.contribution.Program;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The managers' dashboard (api.md, Pages: {@code /dashboard?region={code}}), with an optional period and
 * campaign ({@code &from=&to=&campaignId=}, kept by every link down and every download): the figures, the
 * region's children as a table and a chart, programs, months, statuses, events, Desa Sadar villages, and the
 * progress of the campaigns in scope. A bad filter is shown beside its field, over the unfiltered figures.
 */
@Controller
class DashboardPages {

	static final int CAMPAIGNS_SHOWN = 10;

	static final int CAMPAIGN_CHOICES = 100;

	/** A campaign with the enrollments made at its events. */
	record CampaignProgress(Campaign campaign, long enrollments) {
	}

	private final Regions regions;
	private final VisibleRegions visibleRegions;
	private final Dashboard dashboard;
	private final Campaigns campaigns;
	private final EnrollmentFigures enrollments;
	private final ApiProblems problems;
	private final Clock clock;

	DashboardPages(Regions regions, VisibleRegions visibleRegions, Dashboard dashboard, Campaigns campaigns,
			EnrollmentFigures enrollments, ApiProblems problems, Clock clock) {
		this.regions = regions;
		this.visibleRegions = visibleRegions;
		this.dashboard = dashboard;
		this.campaigns = campaigns;
		this.enrollments = enrollments;
		this.problems = problems;
		this.clock = clock;
	}

	/** Without {@code region}, the viewer's first scope. */
	@GetMapping("/dashboard")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) String campaignId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Viewer viewer,
			Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(clock);
		DashboardRequest request;
		Map<String, String> errors = Map.of();
		try {
			request = DashboardRequest.of(region, campaignId, from, to, viewer, visibleRegions, campaigns, today);
		}
		catch (InvalidInputException ex) {
			errors = problems.fieldMessages(ex);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			request = DashboardRequest.of(region, null, null, null, viewer, visibleRegions, campaigns, today);
		}
		if (request.region().isVillage()) {
			return "redirect:/villages/" + request.region().getCode();
		}
		List<Campaign> visible = campaigns.findAll(Campaigns.visibleTo(viewer),
				PageRequest.of(0, CAMPAIGN_CHOICES, Sort.by(Sort.Direction.DESC, "startsOn", "id"))).getContent();
		model.addAttribute("region", request.region());
		model.addAttribute("viewer", viewer);
		model.addAttribute("parents", regions.findAncestors(request.region().getCode()));
		model.addAttribute("scopes", regions.findByCodes(viewer.scopes().stream().map(Object::toString).toList()));
		model.addAttribute("campaigns", visible.stream().limit(CAMPAIGNS_SHOWN)
			.map(c -> new CampaignProgress(c, enrollments.countOfCampaign(c.getId()))).toList());
		model.addAttribute("campaignChoices", visible);
		model.addAttribute("report", dashboard.report(request));
		model.addAttribute("programs", Program.values());
		model.addAttribute("filtered", !request.filter().isEmpty());
		model.addAttribute("campaignId", request.filter().campaignId());
		model.addAttribute("form", Map.of("from", text(from), "to", text(to), "campaignId", text(campaignId)));
		model.addAttribute("errors", errors);
		model.addAttribute("filterQuery", filterQuery(request.filter()));
		return "dashboard/index";
	}

	/** The filter as the rest of a query string ({@code &campaignId=1&from=2026-01-01}), for links and downloads. */
	static String filterQuery(CoverageFilter filter) {
		StringBuilder query = new StringBuilder();
		if (filter.campaignId() != null) {
			query.append("&campaignId=").append(filter.campaignId());
		}
		if (filter.from() != null) {
			query.append("&from=").append(UriUtils.encodeQueryParam(filter.from().toString(), "UTF-8"));
		}
		if (filter.to() != null) {
			query.append("&to=").append(UriUtils.encodeQueryParam(filter.to().toString(), "UTF-8"));
		}
		return query.toString();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
