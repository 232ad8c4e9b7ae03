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
}
