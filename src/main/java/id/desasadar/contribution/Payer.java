package id.desasadar.contribution;

/** Who pays a participant's contributions. */
public enum Payer {

	/** The worker. */
	SELF,
	/** A group (wadah) the worker belongs to. */
	GROUP,
	/** A donor or a company's CSR, e.g. GN Lingkaran. */
	SPONSOR,
	/** The village budget (APBDes). */
	VILLAGE_BUDGET,
	/** The regional budget (APBD). */
	REGIONAL_BUDGET,
	/** The state budget (APBN). */
	STATE_BUDGET;

	/**
	 * Whether the contribution comes from APBN or APBD. Such contributions are excluded from the PP 50/2025
	 * discount; the village budget (APBDes) is not APBN/APBD.
	 */
	public boolean paysFromPublicBudget() {
		return this == REGIONAL_BUDGET || this == STATE_BUDGET;
	}
}
