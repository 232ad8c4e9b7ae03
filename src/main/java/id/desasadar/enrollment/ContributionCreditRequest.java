package id.desasadar.enrollment;

import java.time.LocalDate;
import java.util.function.Predicate;

import id.desasadar.contribution.RuleFields;
import id.desasadar.contribution.RuleKeeper;
import id.desasadar.contribution.Validity;
import id.desasadar.support.FieldChecks;

/**
 * A contribution credit as the rules page and {@code POST /api/v1/rules/contribution-credits} send it: the
 * discount {@code rule} (its code, e.g. {@code PP-50-2025}) credits the contribution months from {@code validFrom}
 * to the month before {@code validTo} paid at the full rate before {@code inForceOn} (the day its regulation came
 * into force, any day of a month). {@code replaces}: the id of the credit it succeeds.
 */
record ContributionCreditRequest(String rule, String inForceOn, String validFrom, String validTo, String source,
		String replaces) {

	static ContributionCreditRequest blank() {
		return new ContributionCreditRequest("", "", "", "", "", "");
	}

	/** @param knownRule whether a discount of that code is stored: a credit of no discount would credit nothing */
	ContributionCreditRow toRow(RuleKeeper<ContributionCreditRow> keeper, Predicate<String> knownRule) {
		FieldChecks checks = new FieldChecks();
		String code = checks.text("rule", rule, 40, true);
		if (code != null && !knownRule.test(code)) {
			checks.add("rule", "rules.contribution-credits.unknown-rule", code);
		}
		LocalDate inForce = checks.date("inForceOn", inForceOn, true);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new ContributionCreditRow(code, inForce, new Validity(from, to), checkedSource);
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}
}
