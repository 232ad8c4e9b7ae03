package id.desasadar.village;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentRoster;
import id.desasadar.region.Regions;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;
import id.desasadar.worker.NikDisclosures;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What leaves the village page as a file: the workers' table as CSV or XLSX (the NIK as the viewer may see
 * it) and the village report as PDF for the village head to sign (NIKs always masked). Both stream from a
 * database cursor; a village out of scope is the 404 page, before anything is written.
 */
@Controller
@RequestMapping("/villages/{code}")
class VillageDownloads {

	/** The columns of the workers' table: the names of the API's JSON, so that a script reads both alike. */
	static final List<String> WORKER_COLUMNS = List.of("workerId", "name", "nik", "villageRole", "enrollmentId",
			"programs", "status");

	private final VillageOffice office;
	private final Regions regions;
	private final EnrollmentRoster roster;
	private final VillageReportPdf pdf;
	private final ReadinessSettings settings;
	private final MessageSource messages;
	private final Clock clock;
	private final NikDisclosures disclosures;

	VillageDownloads(VillageOffice office, Regions regions, EnrollmentRoster roster, VillageReportPdf pdf,
			ReadinessSettings settings, MessageSource messages, Clock clock, NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.office = office;
		this.regions = regions;
		this.roster = roster;
		this.pdf = pdf;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/workers.{format}")
	void workers(@PathVariable String code, @PathVariable String format, Viewer viewer, HttpServletResponse response) {
		TableFormat chosen = TableFormat.ofExtension(format);
		office.findVisible(code, viewer);
		TableWriter table = TableDownload.start(response, chosen, "warga-" + code + "-" + LocalDate.now(clock),
				messages.getMessage("village-report.workers.sheet", null, LocaleContextHolder.getLocale()));
		table.row(WORKER_COLUMNS);
		long[] fullNiks = { 0 };
		try {
			roster.eachOfVillage(code, false, worker -> {
				table.row(worker.workerId(), worker.name(), worker.nikFor(viewer), worker.villageRole().name(),
						worker.enrollmentId(), worker.programs().stream().map(Enum::name).collect(Collectors.joining(" ")),
						worker.status() == null ? null : worker.status().name());
				if (worker.nik() != null) {
					fullNiks[0]++;
				}
			});
			table.finish();
		}
		finally {
			// One audit event for the whole export, also when the download broke off part way.
			if (viewer.seesFullNik()) {
				disclosures.disclosedMany(viewer, "page /villages/" + code + "/workers." + format,
						Map.of("villageCode", code), fullNiks[0]);
			}
		}
	}

	@GetMapping("/report.pdf")
	void report(@PathVariable String code, Viewer viewer, HttpServletResponse response) {
		LocalDate today = LocalDate.now(clock);
		VillageReport report = VillageReport.of(office.overview(code, viewer), regions.findAncestors(code),
				settings.criteria(), today);
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("laporan-desa-" + code + "-" + today + ".pdf").build().toString());
		try {
			pdf.write(report, locale, response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
