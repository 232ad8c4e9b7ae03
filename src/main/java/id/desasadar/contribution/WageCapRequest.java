package id.desasadar.contribution;

import java.time.LocalDate;

import id.desasadar.support.FieldChecks;

/**
 * A wage cap as the rules page and {@code POST /api/v1/rules/wage-caps} send it: the highest wage a program's
 * percentage applies to (JP's is set each March). {@code replaces}: the id of the cap it succeeds.
 */
record WageCapRequest(String program, String cap, String validFrom, String validTo, String source, String replaces) {

	static WageCapRequest blank() {
		return new WageCapRequest("", "", "", "", "", "");
	}

	WageCapRow toRow(RuleKeeper<WageCapRow> keeper) {
		FieldChecks checks = new FieldChecks();
		Program checkedProgram = checks.choice("program", program, Program.class, true);
		Long checkedCap = RuleFields.whole("cap", cap, 1, true, checks);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new WageCapRow(new WageCap(checkedProgram, checkedCap, new Validity(from, to), checkedSource));
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}
}
