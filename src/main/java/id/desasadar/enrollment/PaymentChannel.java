package id.desasadar.enrollment;

/** How a payment was made (api.md, "Payments and proof"); a payment told without one is {@link #OTHER}. */
public enum PaymentChannel {

	/** Cash to the branch officer at a booth. */
	BOOTH_CASH,
	/** To a Perisai agent. */
	AGENT,
	/** At a bank, by transfer or a virtual account. */
	BANK,
	/** At a shop or post office (retail payment points). */
	RETAIL,
	/** The agency's own app or site. */
	ONLINE,
	OTHER
}
