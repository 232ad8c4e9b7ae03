package id.desasadar.booth;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.Events;
import id.desasadar.enrollment.AgentLookup;
import id.desasadar.enrollment.RegistrationDesk.Registered;
import id.desasadar.enrollment.RegistrationForms;
import id.desasadar.enrollment.RegistrationForms.Check;
import id.desasadar.enrollment.RegistrationForms.Refused;
import id.desasadar.enrollment.RegistrationForm;
import id.desasadar.enrollment.RegistrationModel;
import id.desasadar.enrollment.RegistrationOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /events/{id}/booth}: one short form per worker (the worker and the programs together) for a
 * self-employed person of the event's village, enrolled at the event; after each registration the form is blank
 * again and the event's tally has grown. The page works offline once visited (static/js/booth.js, the service
 * worker): the script keeps each registration on the phone, with an id of its own, and sends it as JSON to
 * {@link BoothRegistrations} when the network allows, so that each is saved once. Without JavaScript the form
 * posts here: post-redirect-get.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class BoothPage {

	private final Events events;
	private final RegistrationForms desk;
	private final BoothTally tallies;
	private final Clock clock;
	private final TransactionTemplate reading;
	private final AgentLookup agents;

	BoothPage(Events events, RegistrationForms desk, BoothTally tallies, AgentLookup agents, Clock clock,
			PlatformTransactionManager transactions) {
		this.agents = agents;
		this.events = events;
		this.desk = desk;
		this.tallies = tallies;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@GetMapping("/events/{id}/booth")
	String booth(@PathVariable long id, Viewer viewer, Model model) {
		Event event = events.findVisible(id, viewer);
		return page(event, RegistrationForm.blank(event.getVillageCode()), null, viewer, model);
	}

	/** The form posted without JavaScript. */
	@PostMapping("/events/{id}/booth")
	String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Event event = events.findVisible(id, viewer);
		// a booth registers self-employed workers; the form does not offer anything else
		form.setSegment("BPU");
		try {
			Registered registered = desk.register(form, event.getId(), viewer);
			RegistrationOutcome.flash(registered, redirect);
			return "redirect:/events/" + id + "/booth";
		}
		catch (Refused refused) {
			response.setStatus(RegistrationOutcome.statusOf(refused).value());
			return page(event, form, refused.check(), viewer, model);
		}
	}

	/** Read in one transaction, on one connection, rather than one per statement (see the load test). */
	private String page(Event event, RegistrationForm form, Check check, Viewer viewer, Model model) {
		reading.executeWithoutResult(status -> {
			RegistrationModel.fill(model, desk, form, check, viewer);
			model.addAttribute("event", event);
			model.addAttribute("eventVillage",
					desk.villageLabel(event.getVillageCode(), viewer).orElse(event.getVillageCode()));
			model.addAttribute("tally", tallies.of(event.getId()));
			model.addAttribute("collectors", agents.collectorsFor(event.getVillageCode(), viewer));
		});
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("eventToday", event.getDate().equals(today));
		return "booth/booth";
	}
}
