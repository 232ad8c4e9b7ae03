package id.desasadar.web;

import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.campaign.Campaigns;
import id.desasadar.campaign.TodaysEvents;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each role: a village head goes straight to the village; staff start from their work
 * (today's events, one tap from their booths; register, search); managers and administrators from the campaigns and the dashboard.
 */
@Controller
class HomePage {

	private final Campaigns campaigns;
	private final TodaysEvents today;

	HomePage(Campaigns campaigns, TodaysEvents today) {
		this.campaigns = campaigns;
		this.today = today;
	}

	@GetMapping("/")
	String home(Viewer viewer, Model model) {
		if (viewer.is(Role.VILLAGE_HEAD) && viewer.scopes().size() == 1) {
			return "redirect:/villages/" + viewer.scopes().get(0).value();
		}
		model.addAttribute("scope", viewer.scopes().isEmpty() ? null : viewer.scopes().get(0).value());
		if (viewer.is(Role.ADMIN, Role.STAFF)) {
			model.addAttribute("events", today.of(viewer));
		}
		model.addAttribute("campaigns", campaigns.findAll(Campaigns.visibleTo(viewer),
				PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "startsOn"))).getContent());
		return "home/index";
	}
}
