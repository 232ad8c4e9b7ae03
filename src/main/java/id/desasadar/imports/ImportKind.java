package id.desasadar.imports;

/**
 * What a file holds: sign-up sheets of workers, a payment channel's report of payments, or the agency's
 * participant numbers (NIK, participant number).
 */
enum ImportKind {
	WORKERS, PAYMENTS, PARTICIPANT_NUMBERS
}
