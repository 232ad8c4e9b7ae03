package id.desasadar.enrollment;

import id.desasadar.enrollment.RegistrationDesk.Refused;
import id.desasadar.enrollment.RegistrationDesk.Registered;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the pages answer a registration: the worker page with a flash message, or the form again. */
public final class RegistrationOutcome {

	private RegistrationOutcome() {
	}

	/** The worker's page, saying who was registered, or why the enrollment failed (the worker is kept). */
	public static String toWorkerPage(Registered registered, RedirectAttributes redirect) {
		flash(registered, redirect);
		return "redirect:/workers/" + registered.worker().getId();
	}

	public static void flash(Registered registered, RedirectAttributes redirect) {
		redirect.addFlashAttribute("registeredName", registered.worker().getName());
		redirect.addFlashAttribute("registeredId", registered.worker().getId());
		if (registered.enrollmentProblem() != null) {
			redirect.addFlashAttribute("enrollmentProblem", registered.enrollmentProblem());
		}
	}

	/** 409 for a NIK registered already, 400 for any other bad field. */
	public static HttpStatus statusOf(Refused refused) {
		return refused.check().duplicateOf() != null ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
	}
}
