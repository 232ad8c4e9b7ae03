package id.desasadar.imports;

import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.region.RegionDataset;
import id.desasadar.region.RegionLoader;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /imports/new}: upload a sign-up sheet or a payment report, with templates to fill in; {@code /imports/{id}}:
 * the job's progress (refreshed by htmx while it runs) and its rejected rows, paged and as CSV.
 */
@Controller
class ImportPages {

	static final int ERRORS_PER_PAGE = 50;

	private final ImportDesk desk;
	private final ImportReports reports;
	private final ImportJobs jobs;
	private final ApiProblems problems;
	private final RegionLoader regionLoader;

	ImportPages(ImportDesk desk, ImportReports reports, ImportJobs jobs, ApiProblems problems, RegionLoader regionLoader) {
		this.desk = desk;
		this.reports = reports;
		this.jobs = jobs;
		this.problems = problems;
		this.regionLoader = regionLoader;
	}

	/**
	 * Loads the official list of all Indonesia shipped with the application (83,762 villages), as the setting
	 * {@code desa-sadar.regions.dataset=indonesia} does on start: idempotent, a list loaded before is skipped.
	 */
	@PostMapping("/imports/regions")
	@PreAuthorize("hasRole('ADMIN')")
	String loadNationalRegions(RedirectAttributes flash) {
		flash.addFlashAttribute("regionsLoaded", regionLoader.load(RegionDataset.INDONESIA));
		return "redirect:/imports/new";
	}

	@GetMapping("/imports/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String form(@RequestParam(name = "too-large", defaultValue = "false") boolean tooLarge, Model model) {
		return form(model, "WORKERS", tooLarge ? problems.message("problem.too-large", "too-large") : null);
	}

	@PostMapping("/imports/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String upload(@RequestParam(defaultValue = "WORKERS") String kind,
			@RequestParam(required = false) MultipartFile file, Model model) {
		ImportKind chosen = "PAYMENTS".equals(kind) ? ImportKind.PAYMENTS
				: "PARTICIPANT_NUMBERS".equals(kind) ? ImportKind.PARTICIPANT_NUMBERS : ImportKind.WORKERS;
		try {
			return "redirect:/imports/" + desk.upload(chosen, file).id();
		}
		catch (InvalidInputException ex) {
			return form(model, chosen.name(), String.join(" ", problems.fieldMessages(ex).values()));
		}
		catch (FileTooLarge ex) {
			return form(model, chosen.name(), problems.message(ex.messageKey(), ex.code()));
		}
	}

	/** Spring's own multipart limit, met before the method runs (the multipart is resolved lazily). */
	@ExceptionHandler
	String tooLarge(MaxUploadSizeExceededException ex, Model model, HttpServletResponse response) {
		response.setStatus(413);
		return form(model, "WORKERS", problems.message("problem.too-large", "too-large"));
	}

	private String form(Model model, String kind, String fileError) {
		model.addAttribute("kind", kind);
		model.addAttribute("fileError", fileError);
		model.addAttribute("maxMegabytes", desk.maxFileSize() / (1024 * 1024));
		model.addAttribute("workerColumns", WorkerSheet.COLUMNS);
		model.addAttribute("paymentColumns", PaymentSheet.COLUMNS);
		model.addAttribute("participantNumberColumns", ParticipantNumberSheet.COLUMNS);
		return "imports/new";
	}

	/** A template to fill in: its file and sheet name, its header row and a filled-in example row. */
	private record Template(String fileName, String sheetName, List<String> headers, List<String> example) {
	}

	@GetMapping("/imports/templates/{kind}.{format}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void template(@PathVariable String kind, @PathVariable String format, HttpServletResponse response) {
		Template template = switch (kind) {
			case "payments" -> new Template("templat-pembayaran", "Pembayaran", PaymentSheet.headers(), PaymentSheet.EXAMPLE);
			case "participant-numbers" -> new Template("templat-nomor-peserta", "Nomor peserta",
					ParticipantNumberSheet.headers(), ParticipantNumberSheet.EXAMPLE);
			default -> new Template("templat-peserta", "Peserta", WorkerSheet.headers(), WorkerSheet.EXAMPLE);
		};
		TableWriter table = TableDownload.start(response, TableFormat.ofExtension(format), template.fileName(),
				template.sheetName());
		table.row(template.headers());
		table.row(template.example());
		table.finish();
	}

	@GetMapping("/imports/{id:\\d+}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		ImportJob job = desk.find(id, viewer);
		int number = Math.max(page, 0);
		List<ImportView.Error> errors = reports.errors(job, number * ERRORS_PER_PAGE, ERRORS_PER_PAGE);
		job(job, model);
		model.addAttribute("errors", new PageImpl<>(errors, PageRequest.of(number, ERRORS_PER_PAGE), jobs.errorCount(id)));
		return "imports/show";
	}

	/** The progress part of the page, which htmx fetches every second while the job runs. */
	@GetMapping("/imports/{id:\\d+}/progress")
	String progress(@PathVariable long id, Viewer viewer, Model model) {
		ImportJob job = desk.find(id, viewer);
		job(job, model);
		return "imports/show :: progress";
	}

	private void job(ImportJob job, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("finished", job.finished());
		model.addAttribute("percent", job.percent());
		model.addAttribute("failure", reports.failure(job));
	}

	@GetMapping("/imports/{id:\\d+}/errors.csv")
	void errors(@PathVariable long id, Viewer viewer, HttpServletResponse response) {
		ImportJob job = desk.find(id, viewer);
		TableWriter table = TableDownload.start(response, TableFormat.CSV, "impor-" + id + "-kesalahan",
				problems.message("import.errors.sheet", "errors"));
		table.row(problems.message("import.errors.line", "line"), problems.message("import.errors.field", "field"),
				problems.message("import.errors.message", "message"));
		jobs.forEachError(job.id(), error -> {
			ImportView.Error shown = reports.error(error);
			table.row(shown.line(), shown.field(), shown.message());
		});
		table.finish();
	}
}
