package id.desasadar.agent;

import id.desasadar.contribution.RuleEnd;
import id.desasadar.contribution.RulesPageView;
import id.desasadar.support.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The forms of the fee schemes' section of the rules page ({@code /rules#agent-fee-schemes}). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class FeeSchemePage {

	private static final String SECTION = "agent-fee-schemes";

	private final FeeSchemeBook book;
	private final RulesPageView view;

	FeeSchemePage(FeeSchemeBook book, RulesPageView view) {
		this.book = book;
		this.view = view;
	}

	@PostMapping("/rules/agent-fee-schemes")
	String add(FeeSchemeRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			book.add(form);
		}
		catch (InvalidInputException refused) {
			return view.refusedAddition(SECTION, form, refused, model, response);
		}
		redirect.addFlashAttribute("flash", "rules.page.added");
		return "redirect:/rules#" + SECTION;
	}

	@PostMapping("/rules/agent-fee-schemes/{id}/end")
	String end(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			book.end(id, form);
		}
		catch (InvalidInputException refused) {
			return view.refusedEnd(SECTION, id, refused, model, response);
		}
		redirect.addFlashAttribute("flash", "rules.page.ended");
		return "redirect:/rules#" + SECTION;
	}
}
