package id.desasadar.contribution;

import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.desasadar.support.InvalidInputException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /rules}: the rules as managers keep them (issue #17, item 3), every section with its rows and their
 * periods, a form to add a row (or a successor) and one to end each row still in force or to come. The forms of
 * the contribution sections post here; a refusal shows the page again with the form open and its messages.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class RulesPage {

	private final ContributionRules rules;
	private final RulesPageView view;

	RulesPage(ContributionRules rules, RulesPageView view) {
		this.rules = rules;
		this.view = view;
	}

	@GetMapping("/rules")
	String show(Model model) {
		return view.show(model);
	}

	@PostMapping("/rules/rates")
	String addRate(RateRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return added("rates", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/rates/{id}/end")
	String endRate(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("rates", id, () -> rules.endRate(id, form), model, response, redirect);
	}

	@PostMapping("/rules/income-brackets")
	String addBracket(IncomeBracketRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return added("income-brackets", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/income-brackets/{id}/end")
	String endBracket(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("income-brackets", id, () -> rules.endBracket(id, form), model, response, redirect);
	}

	@PostMapping("/rules/discounts")
	String addDiscount(DiscountRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return added("discounts", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/discounts/{id}/end")
	String endDiscount(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("discounts", id, () -> rules.endDiscount(id, form), model, response, redirect);
	}

	@PostMapping("/rules/wage-caps")
	String addCap(WageCapRequest form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return added("wage-caps", form, () -> rules.add(form), model, response, redirect);
	}

	@PostMapping("/rules/wage-caps/{id}/end")
	String endCap(@PathVariable long id, RuleEnd form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return ended("wage-caps", id, () -> rules.endCap(id, form), model, response, redirect);
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
