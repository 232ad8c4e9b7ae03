package id.desasadar.campaign;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.enrollment.EnrollmentRoster;
import id.desasadar.region.Regions;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An event (api.md, Pages: {@code /events/{id}}): where and when, its figures per program, and the
 * enrollments made there, with the way into booth mode for those who register. Out of scope is the 404 page.
 */
@Controller
class EventPages {

	static final int PAGE_SIZE = 20;

	private final Events events;
	private final Campaigns campaigns;
	private final EnrollmentFigures figures;
	private final EnrollmentRoster roster;
	private final Regions regions;

	EventPages(Events events, Campaigns campaigns, EnrollmentFigures figures, EnrollmentRoster roster,
			Regions regions) {
		this.events = events;
		this.campaigns = campaigns;
		this.figures = figures;
		this.roster = roster;
		this.regions = regions;
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		Event event = events.findVisible(id, viewer);
		model.addAttribute("event", event);
		model.addAttribute("campaign", event.getCampaignId() == null ? null
				: campaigns.findById(event.getCampaignId()).filter(c -> viewer.overlaps(c.getRegionCode())).orElse(null));
		model.addAttribute("village", regions.findByCode(event.getVillageCode()).orElse(null));
		model.addAttribute("figures", figures.ofEvent(id).forViewer(viewer));
		model.addAttribute("enrollments", roster.ofEvent(id, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("viewer", viewer);
		return "events/show";
	}
}
