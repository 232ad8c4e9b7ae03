package id.desasadar.booth;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.Events;
import id.desasadar.enrollment.EnrollmentFigures;
import id.desasadar.enrollment.RegistrationDesk;
import id.desasadar.enrollment.RegistrationDesk.Check;
import id.desasadar.enrollment.RegistrationDesk.Refused;
import id.desasadar.enrollment.RegistrationDesk.Registered;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /events/{id}/booth}: one short form per worker (the worker and the programs together) for a
 * self-employed resident of the event's village, enrolled at the event; after each registration the form
 * is blank again and the event's tally has grown. The page sends the form with htmx, one request per worker (the
 * load test's unit): a registration is answered with the status (tally and outcome), the page blanking its form
 * itself, and a refusal with the whole desk, the form showing what is wrong; without JavaScript,
 * post-redirect-get.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class BoothPage {

	private final Events events;
	private final RegistrationDesk desk;
	private final EnrollmentFigures figures;
	private final Clock clock;
	private final TransactionTemplate reading;

	BoothPage(Events events, RegistrationDesk desk, EnrollmentFigures figures, Clock clock,
			PlatformTransactionManager transactions) {
		this.events = events;
		this.desk = desk;
		this.figures = figures;
		this.clock = clock;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@GetMapping("/events/{id}/booth")
	String booth(@PathVariable long id, Viewer viewer, Model model) {
		Event event = events.findVisible(id, viewer);
		return page(event, RegistrationForm.blank(event.getVillageCode()), null, viewer, model, "booth/booth");
	}

	@PostMapping("/events/{id}/booth")
	String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean fromThePage) {
		Event event = events.findVisible(id, viewer);
		// a booth registers self-employed residents; the form does not offer anything else
		form.setSegment("BPU");
		form.setVillageRole("RESIDENT");
		try {
			Registered registered = desk.register(form, event.getId(), viewer);
			if (!fromThePage) {
				RegistrationOutcome.flash(registered, redirect);
				return "redirect:/events/" + id + "/booth";
			}
			// the page blanks its form itself (app.js), so the answer is the status alone
			RegistrationOutcome.show(registered, model);
			reading.executeWithoutResult(status -> tally(event, model));
			return "booth/booth :: status";
		}
		catch (Refused refused) {
			response.setStatus(RegistrationOutcome.statusOf(refused).value());
			if (!fromThePage) {
				return page(event, form, refused.check(), viewer, model, "booth/booth");
			}
			// the whole desk, the form showing what is wrong, in place of the status the form asked for
			response.setHeader("HX-Retarget", "#booth-desk");
			return page(event, form, refused.check(), viewer, model, "booth/booth :: desk");
		}
	}

	/** Read in one transaction, on one connection, rather than one per statement (see the load test). */
	private String page(Event event, RegistrationForm form, Check check, Viewer viewer, Model model, String view) {
		reading.executeWithoutResult(status -> {
			RegistrationModel.fill(model, desk, form, check, viewer);
			model.addAttribute("event", event);
			model.addAttribute("eventVillage",
					desk.villageLabel(event.getVillageCode(), viewer).orElse(event.getVillageCode()));
			tally(event, model);
		});
		return view;
	}

	private void tally(Event event, Model model) {
		model.addAttribute("tally", figures.ofEvent(event.getId()));
		model.addAttribute("today", figures.countOfEventOn(event.getId(), LocalDate.now(clock)));
	}
}
