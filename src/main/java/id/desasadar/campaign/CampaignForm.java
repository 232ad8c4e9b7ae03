package id.desasadar.campaign;

import id.desasadar.support.FieldChecks;

/** The campaign form of the campaigns page, as typed: the target arrives as text. */
record CampaignForm(String name, String regionCode, String startsOn, String endsOn, String targetEnrollments) {

	static CampaignForm blank(String regionCode) {
		return new CampaignForm("", regionCode, "", "", "");
	}

	/** An unreadable target goes to the planner as missing; the page names it as unreadable instead. */
	CampaignRequest toRequest() {
		return new CampaignRequest(name, regionCode, startsOn, endsOn, targetUnreadable() ? null : target());
	}

	boolean targetUnreadable() {
		return !target(targetEnrollments).isEmpty() && !FieldChecks.isWholeNumber(targetEnrollments);
	}

	private Long target() {
		String text = target(targetEnrollments);
		return text.isEmpty() ? null : Long.valueOf(text);
	}

	private static String target(String value) {
		return value == null ? "" : value.strip();
	}
}
