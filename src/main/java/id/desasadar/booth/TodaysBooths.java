package id.desasadar.booth;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.TodaysEvents;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /events/today}, the menu's way to the booth: the booth itself when one event is held today in the
 * officer's scope, else the list of today's events, each one tap from its booth.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class TodaysBooths {

	private final TodaysEvents today;

	TodaysBooths(TodaysEvents today) {
		this.today = today;
	}

	@GetMapping("/events/today")
	String today(Viewer viewer, Model model) {
		List<Event> events = today.of(viewer);
		if (events.size() == 1) {
			return "redirect:/events/" + events.get(0).getId() + "/booth";
		}
		model.addAttribute("events", events);
		return "booth/today";
	}
}
