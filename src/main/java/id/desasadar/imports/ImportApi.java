package id.desasadar.imports;

import id.desasadar.account.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

	private final ImportDesk desk;
	private final ImportReports reports;

	ImportApi(ImportDesk desk, ImportReports reports) {
		this.desk = desk;
		this.reports = reports;
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
