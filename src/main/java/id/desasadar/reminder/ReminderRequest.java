package id.desasadar.reminder;

import id.desasadar.account.Viewer;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.Regions;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.NotFoundException;

/**
 * Which reminders are asked for: a region the viewer sees (404 otherwise, api.md Access; without one, the viewer's
 * first scope), optionally one officer (a username), and how many days ahead (1 to the horizon, 7 by default).
 */
record ReminderRequest(Region region, String officer, int days) {

	static final int DEFAULT_DAYS = 7;

	static ReminderRequest of(String regionCode, String officer, String days, int horizon, Viewer viewer, Regions regions) {
		FieldChecks checks = new FieldChecks();
		Long ahead = days == null || days.isBlank() ? Long.valueOf(DEFAULT_DAYS) : checks.wholeNumber("days", days);
		if (ahead != null) {
			checks.number("days", ahead, 1, horizon, true);
		}
		String chosenOfficer = checks.text("officer", officer, 60, false);
		checks.throwIfAny();
		String code = regionCode != null && !regionCode.isBlank() ? regionCode.strip()
				: viewer.scopes().stream().findFirst().map(RegionCode::value).orElse("");
		Region region = regions.findByCode(code).filter(r -> viewer.sees(r.getCode()))
			.orElseThrow(() -> new NotFoundException("region", code));
		return new ReminderRequest(region, chosenOfficer, ahead.intValue());
	}

	RegionCode regionCode() {
		return new RegionCode(region.getCode());
	}
}
