package id.desasadar.demo;

import java.time.LocalDate;
import java.util.Set;

/**
 * A demo event as the population sees it: where people come from to enroll there.
 *
 * @param districts the districts (kecamatan) whose people come to enroll at it
 * @param regencyWide people of districts without an event of their own that year come too
 */
record EventSlot(long id, String villageCode, LocalDate date, Set<String> districts, boolean regencyWide) {

	boolean serves(String district) {
		return districts.contains(district);
	}
}
