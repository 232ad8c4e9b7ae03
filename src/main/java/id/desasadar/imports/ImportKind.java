package id.desasadar.imports;

/** What a file holds: sign-up sheets of workers, or a payment channel's report of payments. */
enum ImportKind {
	WORKERS, PAYMENTS
}
