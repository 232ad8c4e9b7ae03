package id.desasadar.contribution;

import java.time.LocalDate;

/** A wage cap as the rules page and {@code /api/v1/rules/wage-caps} show it. */
record WageCapView(long id, Program program, long cap, LocalDate validFrom, LocalDate validTo, String source,
		RuleStanding standing) {

	static WageCapView of(WageCapRow row, LocalDate today) {
		WageCap cap = row.toWageCap();
		return new WageCapView(row.id(), cap.program(), cap.cap(), cap.validity().from(), cap.validity().to(),
				cap.source(), RuleStanding.of(cap.validity(), today));
	}
}
