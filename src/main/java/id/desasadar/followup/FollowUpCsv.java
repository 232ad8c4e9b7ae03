package id.desasadar.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.support.CsvWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a follow-up list as CSV straight into the response while the rows are read, so that a regency's
 * list of any length neither waits for the whole query nor holds it in memory. The page and the API both
 * answer with it.
 */
@Component
class FollowUpCsv {

	private final FollowUpList list;
	private final Clock clock;

	FollowUpCsv(FollowUpList list, Clock clock) {
		this.list = list;
		this.clock = clock;
	}

	/** The request is checked before: nothing is written for a region out of scope. */
	void write(FollowUpRequest request, Viewer viewer, HttpServletResponse response) throws IOException {
		response.setContentType(CsvWriter.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(request)).build().toString());
		OutputStream out = response.getOutputStream();
		CsvWriter csv = CsvWriter.forSpreadsheets(out);
		csv.row(FollowUpEntry.COLUMNS);
		list.forEach(request.regionCode(), request.status(), viewer, entry -> csv.row(entry.cells()));
		csv.flush();
	}

	/** {@code tindak-lanjut-33.26.12.2008-2026-11-22.csv}: the region and the day the statuses hold for. */
	String fileName(FollowUpRequest request) {
		return "tindak-lanjut-" + request.region().getCode()
				+ (request.status() == null ? "" : "-" + request.status().name().toLowerCase(java.util.Locale.ROOT))
				+ "-" + LocalDate.now(clock) + ".csv";
	}
}
