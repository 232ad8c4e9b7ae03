package id.desasadar.enrollment;

/**
 * Why an enrollment ended (domain.md, Payments and coverage status: the worker leaves the segment, dies, or was a
 * duplicate; api.md, Enrollment lifecycle). {@link #LAPSED} is not chosen by a person: it is recorded when a new
 * enrollment replaces a lapsed one, where a setting requires that (domain.md, Lapse and return).
 */
public enum EndReason {
	LEFT, DIED, MOVED_TO_PU, DUPLICATE, OTHER, LAPSED;

	/** Whether a person may give this reason (the API and the worker page). */
	public boolean chosenByPerson() {
		return this != LAPSED;
	}
}
