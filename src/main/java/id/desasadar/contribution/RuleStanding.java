package id.desasadar.contribution;

import java.time.LocalDate;

/** Where a rule stands today, as the rules page and its API show each row. */
public enum RuleStanding {

	/** Starts later: nothing has been quoted under it for months already begun. */
	UPCOMING,
	/** In force today. */
	IN_FORCE,
	/** Ended: kept, since what was quoted and paid under it stays explained by it. */
	ENDED;

	public static RuleStanding of(Validity validity, LocalDate today) {
		if (validity.from().isAfter(today)) {
			return UPCOMING;
		}
		return validity.covers(today) ? IN_FORCE : ENDED;
	}
}
