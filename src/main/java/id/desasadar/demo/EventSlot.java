package id.desasadar.demo;

import java.time.LocalDate;
import java.util.Set;

/**
 * A demo event as the population sees it: where people come from to enroll there.
 *
 * @param districts the districts (kecamatan) whose people enroll at it; empty for a regency-wide event
 */
record EventSlot(long id, String villageCode, LocalDate date, Set<String> districts) {

	boolean serves(String district) {
		return districts.contains(district);
	}

	boolean regencyWide() {
		return districts.isEmpty();
	}
}
