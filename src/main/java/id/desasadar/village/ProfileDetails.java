package id.desasadar.village;

/** A village profile once checked. */
record ProfileDetails(String headName, String headPhone, Integer officialsCount, Integer rtRwHeadsCount,
		Integer workforceEstimate, boolean bumdesActive) {
}
