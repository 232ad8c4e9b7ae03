package id.desasadar.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.desasadar.account.Viewer;
import id.desasadar.region.RegionDataset;
import id.desasadar.region.RegionLoader;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.TableDownload;
import id.desasadar.support.TableFormat;
import id.desasadar.support.TableWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
	private final ImportChoices choices;
	private final MessageSource messages;

	ImportPages(ImportDesk desk, ImportReports reports, ImportJobs jobs, ApiProblems problems, RegionLoader regionLoader,
			ImportChoices choices, MessageSource messages) {
		this.choices = choices;
		this.messages = messages;
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
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("workerColumns", guides(WorkerSheet.COLUMNS, WorkerSheet.EXAMPLE, locale));
		model.addAttribute("paymentColumns", guides(PaymentSheet.COLUMNS, PaymentSheet.EXAMPLE, locale));
		model.addAttribute("participantNumberColumns", guides(ParticipantNumberSheet.COLUMNS, ParticipantNumberSheet.EXAMPLE,
				locale));
		return "imports/new";
	}

	/** A template to fill in: its file and sheet name, its columns and a filled-in example row. */
	private record Template(String fileName, String sheetName, List<Column> columns, List<String> example) {
	}

	/**
	 * A column as the import page lists it (issue #19, item 3): its headers, whether it is required, what it
	 * accepts (the allowed values with their labels, or a hint) and the example row's value.
	 */
	record ColumnGuide(Column column, String accepts, List<ImportChoices.Allowed> allowed, String example) {
	}

	private List<ColumnGuide> guides(List<Column> columns, List<String> example, Locale locale) {
		List<ColumnGuide> guides = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			guides.add(new ColumnGuide(column, messages.getMessage("import.column." + column.field(), null, "", locale),
					choices.allowed(column.field(), locale), example.get(i)));
		}
		return guides;
	}

	/** The guide row of a template: a note (it begins with #, so an import skips it) of what each column takes. */
	private List<String> guideRow(List<Column> columns, Locale locale) {
		List<String> row = new ArrayList<>();
		for (ColumnGuide guide : guides(columns, columns.stream().map(column -> "").toList(), locale)) {
			String allowed = guide.allowed().stream().map(value -> value.label() + " (" + value.code() + ")")
				.collect(Collectors.joining(" | "));
			String text = (guide.column().required() ? messages.getMessage("import.new.required", null, locale) + ". " : "")
					+ guide.accepts() + (allowed.isEmpty() ? "" : " " + allowed);
			row.add(row.isEmpty() ? "# " + text.strip() : text.strip());
		}
		return row;
	}

	@GetMapping("/imports/templates/{kind}.{format}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void template(@PathVariable String kind, @PathVariable String format, HttpServletResponse response) {
		Template template = switch (kind) {
			case "payments" -> new Template("templat-pembayaran", "Pembayaran", PaymentSheet.COLUMNS, PaymentSheet.EXAMPLE);
			case "participant-numbers" -> new Template("templat-nomor-peserta", "Nomor peserta",
					ParticipantNumberSheet.COLUMNS, ParticipantNumberSheet.EXAMPLE);
			default -> new Template("templat-peserta", "Peserta", WorkerSheet.COLUMNS, WorkerSheet.EXAMPLE);
		};
		TableWriter table = TableDownload.start(response, TableFormat.ofExtension(format), template.fileName(),
				template.sheetName());
		table.row(template.columns().stream().map(Column::header).toList());
		table.row(template.example());
		table.row(guideRow(template.columns(), LocaleContextHolder.getLocale()));
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
