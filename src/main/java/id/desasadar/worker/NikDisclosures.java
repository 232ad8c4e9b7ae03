package id.desasadar.worker;

import java.util.Map;

import id.desasadar.account.Viewer;

/**
 * Where a full NIK is shown or exported, it is recorded (UU 27/2022: access logs): who saw which worker's NIK,
 * and where. Implemented by the audit module, which this module must not depend on; the features that show a
 * full NIK call it only when the viewer does see it in full ({@link Viewer#seesFullNik()}).
 */
public interface NikDisclosures {

	/** One worker's full NIK shown, e.g. where = {@code page /workers/{id}} or {@code GET /api/v1/workers/{id}}. */
	void disclosed(Viewer viewer, Worker worker, String where);

	/**
	 * Many workers' full NIKs in one list or export: one event for the whole of it, with the filter that chose
	 * the rows and how many were shown (0 rows: nothing is recorded).
	 */
	void disclosedMany(Viewer viewer, String where, Map<String, ?> filter, long rows);

	/**
	 * A search by a whole NIK by a viewer who sees NIKs masked: it confirms whether that NIK is registered in the
	 * viewer's scope, which is a disclosure whether it found someone or not (issue #16). Recorded with the NIK
	 * masked and how many it found.
	 */
	void searchedByNik(Viewer viewer, String where, String maskedNik, long found);

	/** How many searches by NIK {@link #searchedByNik} recorded for this viewer within the window (the throttle). */
	long nikSearchesWithin(Viewer viewer, java.time.Duration window);
}
