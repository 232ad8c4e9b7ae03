package id.desasadar.contribution;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;

/**
 * What a quote request must carry before any rate is looked up: a {@code 400} naming every missing or
 * impossible field at once, so that a form can mark them all.
 */
final class QuoteInputCheck {

	/** PP 44/2015 groups work in five classes of risk for the JKK rate of wage earners. */
	static final int LOWEST_RISK_CLASS = 1;
	static final int HIGHEST_RISK_CLASS = 5;

	private QuoteInputCheck() {
	}

	static void requireComplete(QuoteRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.monthlyIncome() < 0) {
			problems.add(new FieldProblem("monthlyIncome", "contribution.input.monthly-income.invalid"));
		}
		if (request.programs().isEmpty()) {
			problems.add(new FieldProblem("programs", "problem.field.required"));
		}
		if (request.segment() == Segment.PU && request.employerSize() == null) {
			problems.add(new FieldProblem("employerSize", "contribution.input.employer-size.required"));
		}
		Integer riskClass = request.riskClass();
		if (riskClass != null && (riskClass < LOWEST_RISK_CLASS || riskClass > HIGHEST_RISK_CLASS)) {
			problems.add(new FieldProblem("riskClass", "contribution.input.risk-class.invalid"));
		}
		// a wage earner's JKK rate depends on the risk of the work (PP 44/2015); a BPU's does not
		else if (riskClass == null && request.segment() == Segment.PU && request.programs().contains(Program.JKK)) {
			problems.add(new FieldProblem("riskClass", "contribution.input.risk-class.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
