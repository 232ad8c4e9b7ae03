package id.desasadar.contribution;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The rules page as every section's form shows it: all sections, and after a refused change the form that was
 * sent again, open, with a message beside each bad field ({@code 400}). Public, for the sections of other modules.
 */
@Component
public class RulesPageView {

	/**
	 * One section as its fragment reads it.
	 *
	 * @param form the add form's values
	 * @param errors what is wrong with the add form, by field
	 * @param endingId the row whose end form was refused, if any
	 * @param endErrors what is wrong with that end form, by field
	 */
	public record Section(String name, Map<String, Object> data, Object form, Map<String, String> errors, Long endingId,
			Map<String, String> endErrors) {
	}

	private final List<RuleSection> sections;
	private final ContributionRules rules;
	private final ApiProblems problems;

	RulesPageView(List<RuleSection> sections, ContributionRules rules, ApiProblems problems) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(RuleSection::order)).toList();
		this.rules = rules;
		this.problems = problems;
	}

	/** Fills the model of {@code /rules} and answers its template. */
	public String show(Model model) {
		return render(model, null, null, null, Map.of());
	}

	/** The page again after the add form of {@code section} was refused. */
	public String refusedAddition(String section, Object form, InvalidInputException refusal, Model model,
			HttpServletResponse response) {
		response.setStatus(refusal.status().value());
		return render(model, section, form, null, problems.fieldMessages(refusal));
	}

	/** The page again after the end form of row {@code id} of {@code section} was refused. */
	public String refusedEnd(String section, long id, InvalidInputException refusal, Model model,
			HttpServletResponse response) {
		response.setStatus(refusal.status().value());
		return render(model, section, null, id, problems.fieldMessages(refusal));
	}

	private String render(Model model, String refused, Object form, Long endingId, Map<String, String> errors) {
		model.addAttribute("sections", sections.stream().map(s -> {
			boolean mine = s.name().equals(refused);
			return new Section(s.name(), s.data(), mine && form != null ? form : s.blankForm(),
					mine && form != null ? errors : Map.of(), mine ? endingId : null,
					mine && endingId != null ? errors : Map.of());
		}).toList());
		model.addAttribute("today", rules.today());
		model.addAttribute("changeDelayMinutes", Math.max(1, (rules.changeDelay().toSeconds() + 59) / 60));
		return "rules/list";
	}
}
