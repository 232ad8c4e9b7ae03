package id.desasadar.village;

/**
 * What is known of a village when its readiness is assessed: counts of enrolled people from the
 * enrollments, totals from the village profile. A {@code null} total was not filled in on the profile.
 */
public record VillageFacts(boolean headEnrolled, int officialsEnrolled, Integer officialsCount,
		int rtRwHeadsEnrolled, Integer rtRwHeadsCount, boolean bumdesActive, long enrolled, Long workforceEstimate) {

	public VillageFacts {
		if (officialsEnrolled < 0 || rtRwHeadsEnrolled < 0 || enrolled < 0 || negative(officialsCount)
				|| negative(rtRwHeadsCount) || (workforceEstimate != null && workforceEstimate < 0)) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	private static boolean negative(Integer count) {
		return count != null && count < 0;
	}
}
