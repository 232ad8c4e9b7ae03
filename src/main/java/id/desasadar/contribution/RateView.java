package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A contribution rate as the rules page and {@code /api/v1/rules/rates} show it. */
record RateView(long id, Program program, Segment segment, Integer riskClass, RateKind kind, BigDecimal percent,
		Long amount, LocalDate validFrom, LocalDate validTo, String source, RuleStanding standing) {

	static RateView of(RateRow row, LocalDate today) {
		Rate rate = row.toRate();
		return new RateView(row.id(), rate.program(), rate.segment(), rate.riskClass(), rate.kind(), RuleFields.plain(rate.percent()),
				rate.amount(), rate.validity().from(), rate.validity().to(), rate.source(),
				RuleStanding.of(rate.validity(), today));
	}
}
