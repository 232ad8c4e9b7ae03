package id.desasadar.village;

/**
 * What a village must meet for the Desa Sadar designation beyond the core criterion. Only the core (the
 * village head and all officials registered) is [H] in domain.md; RT/RW heads and an active BUMDes are
 * [M] and no coverage threshold was found, so these are settings, all off by default.
 *
 * @param rtRwHeadsMinimumShare share of RT/RW heads that must be registered, 0 to 1; 0 does not check
 * @param bumdesRequired an active BUMDes is required
 * @param minimumCoverage share of the estimated workforce that must be enrolled, 0 to 1; {@code null}
 *        does not check
 */
public record ReadinessCriteria(double rtRwHeadsMinimumShare, boolean bumdesRequired, Double minimumCoverage) {

	public static final ReadinessCriteria DEFAULT = new ReadinessCriteria(0.0, false, null);

	public ReadinessCriteria {
		if (!isShare(rtRwHeadsMinimumShare)) {
			throw new IllegalArgumentException("RT/RW heads minimum share must be 0 to 1, was " + rtRwHeadsMinimumShare);
		}
		if (minimumCoverage != null && !isShare(minimumCoverage)) {
			throw new IllegalArgumentException("minimum coverage must be 0 to 1, was " + minimumCoverage);
		}
	}

	private static boolean isShare(double value) {
		return value >= 0.0 && value <= 1.0;
	}
}
