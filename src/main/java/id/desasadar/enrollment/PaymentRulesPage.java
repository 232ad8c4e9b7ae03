package id.desasadar.enrollment;

import java.util.function.Supplier;

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

/**
 * The forms of the rules page's sections {@code /rules#payment-terms} and {@code /rules#contribution-credits}; a
 * refusal shows the page again with the form open and its messages.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class PaymentRulesPage {

	private final PaymentRules rules;
	private final RulesPageView view;

	PaymentRulesPage(PaymentRules rules, RulesPageView view) {
		this.rules = rules;
		this.view = view;
	}

	@PostMapping("/rules/payment-terms")
	String addTerm(PaymentTermRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return added("payment-terms", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/payment-terms/{id}/end")
	String endTerm(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("payment-terms", id, () -> rules.endTerm(id, form), model, response, redirect);
	}

	@PostMapping("/rules/contribution-credits")
	String addCredit(ContributionCreditRequest form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return added("contribution-credits", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/contribution-credits/{id}/end")
	String endCredit(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("contribution-credits", id, () -> rules.endCredit(id, form), model, response, redirect);
	}

	private String added(String section, Object form, Supplier<?> change, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			change.get();
		}
		catch (InvalidInputException refused) {
			return view.refusedAddition(section, form, refused, model, response);
		}
		redirect.addFlashAttribute("flash", "rules.page.added");
		return "redirect:/rules#" + section;
	}

	private String ended(String section, long id, Supplier<?> change, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			change.get();
		}
		catch (InvalidInputException refused) {
			return view.refusedEnd(section, id, refused, model, response);
		}
		redirect.addFlashAttribute("flash", "rules.page.ended");
		return "redirect:/rules#" + section;
	}
}
