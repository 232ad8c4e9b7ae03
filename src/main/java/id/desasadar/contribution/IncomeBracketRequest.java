package id.desasadar.contribution;

import java.time.LocalDate;

import id.desasadar.support.FieldChecks;

/**
 * A line of the BPU nominal table as the rules page and {@code POST /api/v1/rules/income-brackets} send it: a
 * declared income from {@code minIncome} to {@code maxIncome} (both included; blank: no upper edge) pays on
 * {@code base}. {@code replaces}: the id of the bracket it succeeds.
 */
record IncomeBracketRequest(String minIncome, String maxIncome, String base, String validFrom, String validTo,
		String source, String replaces) {

	static IncomeBracketRequest blank() {
		return new IncomeBracketRequest("", "", "", "", "", "", "");
	}

	IncomeBracketRow toRow(RuleKeeper<IncomeBracketRow> keeper) {
		FieldChecks checks = new FieldChecks();
		Long min = RuleFields.whole("minIncome", minIncome, 0, true, checks);
		Long max = RuleFields.whole("maxIncome", maxIncome, 0, false, checks);
		if (min != null && max != null && max < min) {
			checks.add("maxIncome", "rules.change.max-income");
		}
		Long checkedBase = RuleFields.whole("base", base, 1, true, checks);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new IncomeBracketRow(new IncomeBracket(Segment.BPU, min, max, checkedBase, new Validity(from, to),
				checkedSource));
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}
}
