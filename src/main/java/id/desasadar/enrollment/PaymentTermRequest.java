package id.desasadar.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.desasadar.contribution.RuleFields;
import id.desasadar.contribution.RuleKeeper;
import id.desasadar.contribution.Segment;
import id.desasadar.contribution.Validity;
import id.desasadar.support.FieldChecks;

/**
 * A payment term as the rules page and {@code POST /api/v1/rules/payment-terms} send it: a {@code segment}'s
 * contribution month falls due by the due day of the month itself ({@code dueMonthsAfter} 0, BPU) or of a later
 * one (1, PU), and an employer paying late owes {@code lateFinePercent} a month begun. {@code replaces}: the id of
 * the term it succeeds.
 */
record PaymentTermRequest(String segment, String dueMonthsAfter, String lateFinePercent, String validFrom,
		String validTo, String source, String replaces) {

	/** As the database's check: due at most two months after the contribution month. */
	static final int MAX_DUE_MONTHS_AFTER = 2;

	static PaymentTermRequest blank() {
		return new PaymentTermRequest("", "", "", "", "", "", "");
	}

	PaymentTermRow toRow(RuleKeeper<PaymentTermRow> keeper) {
		FieldChecks checks = new FieldChecks();
		Segment checkedSegment = checks.choice("segment", segment, Segment.class, true);
		Long months = checks.wholeNumber("dueMonthsAfter", dueMonthsAfter);
		if (months == null) {
			if (checks.ok("dueMonthsAfter")) {
				checks.add("dueMonthsAfter", "problem.field.required");
			}
		}
		else {
			months = checks.number("dueMonthsAfter", months, 0, MAX_DUE_MONTHS_AFTER, true);
		}
		BigDecimal fine = RuleFields.percent("lateFinePercent", lateFinePercent, true, true, checks);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, false, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new PaymentTermRow(checkedSegment, months.intValue(), fine, new Validity(from, to), checkedSource);
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}
}
