package id.desasadar.enrollment;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.RegistrationForms.Refused;
import id.desasadar.enrollment.RegistrationDesk.Registered;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /workers/new}: register a worker and enroll them in one step. While the form is filled in, htmx
 * checks each field on change and refreshes the programs and the quote; without JavaScript the form still
 * posts and the server names every bad field.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class RegistrationPages {

	private final RegistrationForms desk;

	RegistrationPages(RegistrationForms desk) {
		this.desk = desk;
	}

	@GetMapping("/workers/new")
	String initCreationForm(Viewer viewer, Model model) {
		RegistrationModel.fill(model, desk, RegistrationForm.blank(null), null, viewer);
		return "workers/new";
	}

	@PostMapping("/workers/new")
	String processCreationForm(@ModelAttribute("form") RegistrationForm form, Viewer viewer, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Registered registered = desk.register(form, null, viewer);
			return RegistrationOutcome.toWorkerPage(registered, redirect);
		}
		catch (Refused refused) {
			response.setStatus(RegistrationOutcome.statusOf(refused).value());
			RegistrationModel.fill(model, desk, form, refused.check(), viewer);
			return "workers/new";
		}
	}

	/**
	 * One field checked as it is filled in: answers that field (its value, its error beside it); when the
	 * field changes the programs offered or required (segment, employer size), the programs, payer and quote too
	 * ({@code hx-swap-oob}). The quote itself follows every tick on the phone (js/registration.js).
	 */
	@PostMapping("/workers/new/check")
	String check(@RequestParam String field, @ModelAttribute("form") RegistrationForm form, Viewer viewer,
			Model model) {
		if (!RegistrationForms.CHECKED_FIELDS.contains(field)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (RegistrationForms.PLAN_FIELDS.contains(field)) {
			form.addPrograms(desk.plan(form).required());
		}
		RegistrationModel.fill(model, desk, form, desk.check(form, viewer), viewer);
		model.addAttribute("field", field);
		model.addAttribute("withPlan", RegistrationForms.PLAN_FIELDS.contains(field));
		return "workers/check";
	}

	/** A village chosen from the suggestions: its code filled in, with its name, and the suggestions closed. */
	@GetMapping("/workers/new/village")
	String village(@RequestParam(defaultValue = "") String villageCode, Viewer viewer, Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setVillageCode(villageCode);
		RegistrationModel.fill(model, desk, form, null, viewer);
		model.addAttribute("field", "villageCode");
		model.addAttribute("withPlan", false);
		model.addAttribute("clearSuggestions", true);
		return "workers/check";
	}
}
