package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.desasadar.support.FieldChecks;

/**
 * A contribution rate as the rules page and {@code POST /api/v1/rules/rates} send it. {@code replaces}: the id
 * of the rate it succeeds, which then ends the day this one starts.
 */
record RateRequest(String program, String segment, String riskClass, String kind, String percent, String amount,
		String validFrom, String validTo, String source, String replaces) {

	static RateRequest blank() {
		return new RateRequest("", "", "", "", "", "", "", "", "", "");
	}

	/** Checks every field ({@code 400} naming each bad one) and answers the new row. */
	RateRow toRow(RuleKeeper<RateRow> keeper) {
		FieldChecks checks = new FieldChecks();
		Program checkedProgram = checks.choice("program", program, Program.class, true);
		Segment checkedSegment = checks.choice("segment", segment, Segment.class, true);
		Long checkedClass = RuleFields.whole("riskClass", riskClass, QuoteInputCheck.LOWEST_RISK_CLASS, false, checks);
		if (checkedClass != null && checkedClass > QuoteInputCheck.HIGHEST_RISK_CLASS) {
			checks.add("riskClass", "contribution.input.risk-class.invalid");
			checkedClass = null;
		}
		if (checkedClass != null && !(checkedSegment == Segment.PU && checkedProgram == Program.JKK)) {
			// only a wage earner's JKK depends on the risk of the work (PP 44/2015)
			checks.add("riskClass", "rules.change.risk-class.pu-jkk");
		}
		if (checkedSegment == Segment.BPU && checkedProgram == Program.JP) {
			checks.add("program", "contribution.rule.program-not-eligible", "JP", "BPU");
		}
		RateKind checkedKind = checks.choice("kind", kind, RateKind.class, true);
		BigDecimal checkedPercent = null;
		Long checkedAmount = null;
		if (checkedKind == RateKind.PERCENT_OF_BASE) {
			checkedPercent = RuleFields.percent("percent", percent, true, true, checks);
			requireBlank("amount", amount, checks);
		}
		else if (checkedKind == RateKind.FLAT) {
			checkedAmount = RuleFields.whole("amount", amount, 0, true, checks);
			requireBlank("percent", percent, checks);
		}
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new RateRow(new Rate(checkedProgram, checkedSegment, checkedClass == null ? null : checkedClass.intValue(),
				checkedKind, checkedPercent, checkedAmount, new Validity(from, to), checkedSource));
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}

	/** A flat rate has no percent and a percentage no amount: a value there is a mistake to point out. */
	private static void requireBlank(String field, String value, FieldChecks checks) {
		if (value != null && !value.isBlank()) {
			checks.add(field, "rules.change.not-for-kind");
		}
	}
}
