package id.desasadar.audit;

import id.desasadar.account.Viewer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit page's twin, paged, newest first, within the reader's scope. */
@RestController
class AuditApi {

	private final AuditTrail trail;

	AuditApi(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	PagedModel<AuditEvent> events(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String workerId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Pageable pageable, Viewer viewer) {
		AuditFilter filter = AuditFilter.of(actor, recordType, recordId, workerId, action, from, to);
		return new PagedModel<>(trail.find(filter, viewer, pageable, "GET /api/v1/audit"));
	}
}
