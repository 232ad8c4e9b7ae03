package id.desasadar.worker;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.ProblemException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant number's form on the worker page ({@code /workers/{id}}): sets the agency's number, or clears it
 * when sent empty, then back to the worker page with what happened (post-redirect-get).
 */
@Controller
class ParticipantNumberPage {

	private final WorkerRegistry registry;
	private final ApiProblems problems;

	ParticipantNumberPage(WorkerRegistry registry, ApiProblems problems) {
		this.registry = registry;
		this.problems = problems;
	}

	@PostMapping("/workers/{id}/participant-number")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String save(@PathVariable long id, @RequestParam(defaultValue = "") String participantNumber, Viewer viewer,
			RedirectAttributes flash) {
		try {
			ParticipantNumber number = participantNumber.isBlank() ? null : ParticipantNumber.of(participantNumber);
			registry.assignParticipantNumber(id, number, viewer);
			flash.addFlashAttribute("participantNumberSaved", true);
		}
		catch (InvalidInputException ex) {
			flash.addFlashAttribute("participantNumberProblem", String.join(" ", problems.fieldMessages(ex).values()));
			flash.addFlashAttribute("participantNumberTyped", participantNumber);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (ProblemException ex) {
			flash.addFlashAttribute("participantNumberProblem", problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
			flash.addFlashAttribute("participantNumberTyped", participantNumber);
		}
		return "redirect:/workers/" + id;
	}
}
