package id.desasadar.imports;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** api.md, Bulk import: upload a file ({@code 202}, the job runs in the background) and follow its job. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	/** {@code 202}'s body: where the job stands. */
	record Accepted(long id, String status) {
	}

	private static final Logger log = LoggerFactory.getLogger(ImportApi.class);

	private final ImportDesk desk;
	private final ImportReports reports;
	private final ApiProblems problems;

	ImportApi(ImportDesk desk, ImportReports reports, ApiProblems problems) {
		this.desk = desk;
		this.reports = reports;
		this.problems = problems;
	}

	/**
	 * Tomcat parses a multipart body the first time anything reads a request parameter (here the language
	 * switch, before Spring's lazy multipart resolution), and then reports its size limit as an
	 * IllegalStateException: the same {@code 413 too-large} as Spring's MaxUploadSizeExceededException.
	 */
	@ExceptionHandler
	ProblemDetail unreadableRequest(IllegalStateException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
				return problems.of(new FileTooLarge());
			}
		}
		log.error("Unexpected failure", ex);
		return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				problems.message("problem.internal-error", "internal error"));
	}

	// The file is optional here so that a request without one reaches the role check first (403 before 400).
	@PostMapping("/workers")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<Accepted> workers(@RequestParam(required = false) MultipartFile file) {
		return accepted(desk.upload(ImportKind.WORKERS, file));
	}

	@PostMapping("/payments")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<Accepted> payments(@RequestParam(required = false) MultipartFile file) {
		return accepted(desk.upload(ImportKind.PAYMENTS, file));
	}

	@PostMapping("/participant-numbers")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<Accepted> participantNumbers(@RequestParam(required = false) MultipartFile file) {
		return accepted(desk.upload(ImportKind.PARTICIPANT_NUMBERS, file));
	}

	@GetMapping("/{id}")
	ImportView job(@PathVariable long id, Viewer viewer) {
		return reports.view(desk.find(id, viewer));
	}

	private static ResponseEntity<Accepted> accepted(ImportJob job) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/imports/{id}")
				.buildAndExpand(job.id()).toUri())
			.body(new Accepted(job.id(), job.status().name()));
	}
}
