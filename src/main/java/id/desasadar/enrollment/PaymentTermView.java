package id.desasadar.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.desasadar.contribution.RuleStanding;
import id.desasadar.contribution.Segment;

/** A payment term as the rules page and {@code /api/v1/rules/payment-terms} show it. */
record PaymentTermView(long id, Segment segment, int dueMonthsAfter, BigDecimal lateFinePercent, LocalDate validFrom,
		LocalDate validTo, String source, RuleStanding standing) {

	static PaymentTermView of(PaymentTermRow row, LocalDate today) {
		return new PaymentTermView(row.id(), row.segment(), row.dueMonthsAfter(), row.lateFinePercent(),
				row.validity().from(), row.validity().to(), row.source(), RuleStanding.of(row.validity(), today));
	}
}
