package id.desasadar.enrollment;

/**
 * How a LAPSED participation comes back (domain.md, Lapse and return; setting
 * {@code desa-sadar.coverage.lapsed-return}). Sources conflict [M], so it is a setting; whatever it is, a lapsed
 * worker is never a dead end, and the reminder sent to the worker says what works.
 */
public enum LapsedReturn {
	/** The default: a payment on the lapsed enrollment resumes it from the month paid. */
	PAYMENT,
	/** A payment is refused; a new enrollment of the worker ends the lapsed one. */
	NEW_ENROLLMENT
}
