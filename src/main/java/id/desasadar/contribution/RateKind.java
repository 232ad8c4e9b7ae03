package id.desasadar.contribution;

/** How a rate turns into Rupiah. */
enum RateKind {

	/** A percentage of the income base (BPU) or of the wage (PU). */
	PERCENT_OF_BASE,
	/** A fixed amount whatever the income, like BPU JKM's Rp6,800. */
	FLAT
}
