package id.desasadar.agent;

/** The two ways Perisai agents have been paid (domain.md, Who uses it; Perisai incentives since 2022). */
public enum IncentiveScheme {

	/** Launched February 2018: a percentage of the contributions collected, and a bonus for enough new participants. */
	PERISAI_2018,
	/**
	 * Perdir 13/PERDIR.02/042022: an acquisition incentive per new participant in a month with enough new NIKs,
	 * a retention incentive by participant month, and the Kantor Perisai's share.
	 */
	PERISAI_2022
}
