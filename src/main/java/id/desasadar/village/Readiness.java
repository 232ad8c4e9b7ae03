package id.desasadar.village;

import java.util.ArrayList;
import java.util.List;

/**
 * The Desa Sadar checklist of a village (domain.md, Desa Sadar designation; api.md, Villages): the facts
 * a village head reviews, whether the village is ready, and every item still missing as a code, in the
 * order of the checklist. Message keys are {@code village.readiness.missing.<code>}.
 *
 * @param coverage enrolled ÷ workforce estimate, {@code null} without an estimate
 */
public record Readiness(boolean headEnrolled, int officialsEnrolled, Integer officialsCount, int rtRwHeadsEnrolled,
		Integer rtRwHeadsCount, boolean bumdesActive, Double coverage, boolean ready, List<String> missing) {

	public Readiness {
		missing = List.copyOf(missing);
		if (ready != missing.isEmpty()) {
			throw new IllegalArgumentException("ready exactly when nothing is missing, but missing " + missing);
		}
	}

	/**
	 * Checks the core criterion, the village head and all officials registered [H], then what the criteria
	 * switch on. A total of 0 on the profile counts as not filled in: every desa has officials and RT/RW
	 * heads, and a 0 would otherwise meet the core criterion with nobody registered.
	 */
	public static Readiness assess(VillageFacts facts, ReadinessCriteria criteria) {
		Double coverage = coverage(facts);
		List<String> missing = new ArrayList<>();
		if (!facts.headEnrolled()) {
			missing.add("head-not-enrolled");
		}
		if (!known(facts.officialsCount())) {
			missing.add("officials-count-unknown");
		}
		else if (facts.officialsEnrolled() < facts.officialsCount()) {
			missing.add("officials-not-enrolled");
		}
		if (criteria.rtRwHeadsMinimumShare() > 0) {
			if (!known(facts.rtRwHeadsCount())) {
				missing.add("rt-rw-heads-count-unknown");
			}
			else if ((double) facts.rtRwHeadsEnrolled() / facts.rtRwHeadsCount() < criteria.rtRwHeadsMinimumShare()) {
				missing.add("rt-rw-heads-not-enrolled");
			}
		}
		if (criteria.bumdesRequired() && !facts.bumdesActive()) {
			missing.add("bumdes-inactive");
		}
		if (criteria.minimumCoverage() != null) {
			if (coverage == null) {
				missing.add("workforce-estimate-unknown");
			}
			else if (coverage < criteria.minimumCoverage()) {
				missing.add("coverage-below-threshold");
			}
		}
		return new Readiness(facts.headEnrolled(), facts.officialsEnrolled(), facts.officialsCount(),
				facts.rtRwHeadsEnrolled(), facts.rtRwHeadsCount(), facts.bumdesActive(), coverage, missing.isEmpty(),
				missing);
	}

	private static boolean known(Integer total) {
		return total != null && total > 0;
	}

	private static Double coverage(VillageFacts facts) {
		Long estimate = facts.workforceEstimate();
		return estimate == null || estimate == 0 ? null : (double) facts.enrolled() / estimate;
	}
}
