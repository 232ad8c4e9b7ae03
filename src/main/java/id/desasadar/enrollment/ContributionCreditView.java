package id.desasadar.enrollment;

import java.time.LocalDate;

import id.desasadar.contribution.RuleStanding;

/** A contribution credit as the rules page and {@code /api/v1/rules/contribution-credits} show it. */
record ContributionCreditView(long id, String rule, LocalDate inForceOn, LocalDate validFrom, LocalDate validTo,
		String source, RuleStanding standing) {

	static ContributionCreditView of(ContributionCreditRow row, LocalDate today) {
		return new ContributionCreditView(row.id(), row.ruleCode(), row.inForceOn(), row.validity().from(),
				row.validity().to(), row.source(), RuleStanding.of(row.validity(), today));
	}
}
