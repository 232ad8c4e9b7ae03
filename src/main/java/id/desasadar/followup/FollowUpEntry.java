package id.desasadar.followup;

import java.time.YearMonth;
import java.util.List;

import id.desasadar.enrollment.CoverageStatus;

/**
 * One worker to call, as the API, the page and the CSV show it. The NIK is in full or masked as the viewer
 * may see it (UU 27/2022); {@code phone} is E.164 or {@code null}.
 */
record FollowUpEntry(long workerId, String name, String nik, boolean nikMasked, String villageCode,
		String villageName, String phone, CoverageStatus status, int monthsUnpaid, YearMonth paidThrough) {

	/** The CSV columns: the JSON names, so that a script reads the CSV and the API alike. */
	static final List<String> COLUMNS = List.of("workerId", "name", "nik", "villageCode", "villageName", "phone",
			"status", "monthsUnpaid", "paidThrough");

	List<Object> cells() {
		return List.of(workerId, name, nik, villageCode, villageName, phone == null ? "" : phone, status.name(),
				monthsUnpaid, paidThrough.toString());
	}
}
