package id.desasadar.village;

import id.desasadar.support.FieldChecks;

/**
 * The profile form of the village page, as typed: numbers arrive as text, so that "12a" is shown beside
 * its field rather than failing the whole request.
 */
record ProfileForm(String headName, String headPhone, String officialsCount, String rtRwHeadsCount,
		String workforceEstimate, Boolean bumdesActive, String version) {

	static ProfileForm of(VillageView village) {
		return new ProfileForm(village.headName(), village.headPhone(), text(village.officialsCount()),
				text(village.rtRwHeadsCount()), text(village.workforceEstimate()), village.bumdesActive(),
				String.valueOf(village.profileVersion()));
	}

	/** The request of the API; a number that cannot be read is a problem of its field. */
	ProfileRequest toRequest(FieldChecks checks) {
		return new ProfileRequest(headName, headPhone, checks.wholeNumber("officialsCount", officialsCount),
				checks.wholeNumber("rtRwHeadsCount", rtRwHeadsCount), checks.wholeNumber("workforceEstimate", workforceEstimate),
				Boolean.TRUE.equals(bumdesActive), checks.wholeNumber("version", version));
	}

	public boolean bumdes() {
		return Boolean.TRUE.equals(bumdesActive);
	}

	private static String text(Integer value) {
		return value == null ? "" : value.toString();
	}
}
