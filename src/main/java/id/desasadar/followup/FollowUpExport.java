package id.desasadar.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.desasadar.account.Viewer;
import id.desasadar.worker.NikDisclosures;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a follow-up list as CSV or XLSX straight into the response while the rows are read, so that a regency's
 * list of any length neither waits for the whole query nor holds it in memory. The page and the API both
 * answer with it.
 */
@Component
class FollowUpExport {

	private final FollowUpList list;
	private final MessageSource messages;
	private final Clock clock;
	private final NikDisclosures disclosures;

	FollowUpExport(FollowUpList list, MessageSource messages, Clock clock, NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.list = list;
		this.messages = messages;
		this.clock = clock;
	}

	/** The request is checked before: nothing is written for a region out of scope. */
	void write(FollowUpRequest request, Viewer viewer, String extension, HttpServletResponse response, String where) {
		TableFormat format = TableFormat.ofExtension(extension);
		TableWriter table = TableDownload.start(response, format, baseName(request),
				messages.getMessage("followup.sheet", null, LocaleContextHolder.getLocale()));
		table.row(FollowUpEntry.COLUMNS);
		long[] fullNiks = { 0 };
		try {
			list.forEach(request.regionCode(), request.status(), viewer, entry -> {
				table.row(entry.cells());
				if (!entry.nikMasked()) {
					fullNiks[0]++;
				}
			});
			table.finish();
		}
		finally {
			// One event for the whole export, also when the download broke off part way.
			if (viewer.seesFullNik()) {
				disclosures.disclosedMany(viewer, where, request.filter(null), fullNiks[0]);
			}
		}
	}

	/** {@code tindak-lanjut-33.26.12.2008-2026-11-22}: the region and the day the statuses hold for. */
	String baseName(FollowUpRequest request) {
		return "tindak-lanjut-" + request.region().getCode()
				+ (request.status() == null ? "" : "-" + request.status().name().toLowerCase(Locale.ROOT))
				+ "-" + LocalDate.now(clock);
	}
}
