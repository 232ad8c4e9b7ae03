package id.desasadar.dashboard;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaign;
import id.desasadar.campaign.Campaigns;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' first overview (api.md, Pages: {@code /dashboard?region={code}}): the progress of the
 * campaigns in scope and the coverage of a region by child region. The full dashboards come later.
 */
@Controller
class DashboardPages {

	static final int CAMPAIGNS_SHOWN = 10;

	/** A campaign with the enrollments made at its events. */
	record CampaignProgress(Campaign campaign, long enrollments) {
	}

	private final Regions regions;
	private final VisibleRegions visibleRegions;
	private final CoverageFigures figures;
	private final Campaigns campaigns;
	private final EnrollmentFigures enrollments;

	DashboardPages(Regions regions, VisibleRegions visibleRegions, CoverageFigures figures, Campaigns campaigns,
			EnrollmentFigures enrollments) {
		this.regions = regions;
		this.visibleRegions = visibleRegions;
		this.figures = figures;
		this.campaigns = campaigns;
		this.enrollments = enrollments;
	}

	/** Without {@code region}, the viewer's first scope. */
	@GetMapping("/dashboard")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	String dashboard(@RequestParam(required = false) String region, Viewer viewer, Model model) {
		Region shown = visibleRegions.findOrFirstScope(region, viewer);
		if (shown.isVillage()) {
			return "redirect:/villages/" + shown.getCode();
		}
		List<CampaignProgress> progress = campaigns.findAll(Campaigns.visibleTo(viewer),
				PageRequest.of(0, CAMPAIGNS_SHOWN, Sort.by(Sort.Direction.DESC, "startsOn", "id")))
			.map(c -> new CampaignProgress(c, enrollments.countOfCampaign(c.getId())))
			.getContent();
		model.addAttribute("region", shown);
		model.addAttribute("viewer", viewer);
		model.addAttribute("parents", regions.findAncestors(shown.getCode()));
		model.addAttribute("scopes", regions.findByCodes(viewer.scopes().stream().map(Object::toString).toList()));
		model.addAttribute("campaigns", progress);
		model.addAttribute("report", figures.report(shown, new CoverageFilter(null, null, null)));
		return "dashboard/index";
	}
}
