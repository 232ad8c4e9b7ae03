package id.desasadar.enrollment;

import id.desasadar.contribution.Program;
import id.desasadar.enrollment.RegistrationDesk.Outcome;
import id.desasadar.enrollment.RegistrationForms.Refused;
import id.desasadar.enrollment.RegistrationDesk.Registered;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the pages answer a registration: the worker page with a flash message, the booth at once, or the form again.
 * The message names the person, the programs saved and what a month costs, so that the officer sees at once
 * what was saved; and says so when the same registration had been saved before (a second tap, a resend).
 */
public final class RegistrationOutcome {

	private RegistrationOutcome() {
	}

	/** The worker's page, saying who was registered. */
	public static String toWorkerPage(Registered registered, RedirectAttributes redirect) {
		flash(registered, redirect);
		return "redirect:/workers/" + registered.worker().getId();
	}

	public static void flash(Registered registered, RedirectAttributes redirect) {
		shown(registered).forEach(redirect::addFlashAttribute);
	}

	/** Who was registered, for the page answering at once. */
	public static void show(Registered registered, Model model) {
		model.addAllAttributes(shown(registered));
	}

	private static Map<String, Object> shown(Registered registered) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("registeredName", registered.worker().getName());
		shown.put("registeredId", registered.worker().getId());
		shown.put("registeredPrograms", registered.enrollment().getPrograms().stream().map(Program::name)
			.collect(Collectors.joining(", ")));
		shown.put("registeredMonthly", registered.enrollment().getMonthlyContribution());
		shown.put("registeredBefore", registered.outcome() == Outcome.ALREADY_SAVED);
		return shown;
	}

	/** 409 for a NIK registered already or a form sent again for another person, else 400 (a page's form). */
	public static HttpStatus statusOf(Refused refused) {
		return refused.status();
	}
}
