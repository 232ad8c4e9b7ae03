package id.desasadar.village;

import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.worker.PhoneNumber;

/** api.md, Villages: the profile fields, with {@code version} to refuse a stale update. */
public record ProfileRequest(String headName, String headPhone, Long officialsCount, Long rtRwHeadsCount,
		Long workforceEstimate, Boolean bumdesActive, Long version) {

	ProfileDetails check(FieldChecks checks) {
		String name = checks.text("headName", headName, 120, false);
		String phoneText = checks.text("headPhone", headPhone, 30, false);
		PhoneNumber phone = null;
		if (phoneText != null) {
			try {
				phone = PhoneNumber.of(phoneText);
			}
			catch (InvalidInputException ex) {
				// PhoneNumber names its field "phone"; here it is the head's.
				checks.add("headPhone", "worker.phone.invalid");
			}
		}
		Long officials = checks.number("officialsCount", officialsCount, 0, 1000, false);
		Long rtRw = checks.number("rtRwHeadsCount", rtRwHeadsCount, 0, 5000, false);
		Long workforce = checks.number("workforceEstimate", workforceEstimate, 0, 10_000_000, false);
		return new ProfileDetails(name, phone == null ? null : phone.e164(), toInt(officials), toInt(rtRw),
				toInt(workforce), Boolean.TRUE.equals(bumdesActive));
	}

	private static Integer toInt(Long value) {
		return value == null ? null : value.intValue();
	}
}
