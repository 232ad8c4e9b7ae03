package id.desasadar.privacy;

import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.support.FieldChecks;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API twin of {@link PersonalDataPages}. */
@RestController
@RequestMapping("/api/v1/workers/{id}")
class PersonalDataApi {

	/** {@code {"version": 3}}: the version the caller read, as for a correction. */
	record AnonymisationRequest(Long version) {
	}

	private final PersonalData personalData;

	PersonalDataApi(PersonalData personalData) {
		this.personalData = personalData;
	}

	@GetMapping("/data")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	Map<String, Object> data(@PathVariable long id, Viewer viewer) {
		return personalData.export(id, viewer, "GET /api/v1/workers/" + id + "/data");
	}

	@PostMapping("/anonymisation")
	@PreAuthorize("hasRole('ADMIN')")
	WorkerView anonymise(@PathVariable long id, @RequestBody AnonymisationRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		Long version = checks.number("version", request.version(), 0, Long.MAX_VALUE, true);
		checks.throwIfAny();
		Worker worker = personalData.anonymise(id, version, viewer);
		return WorkerView.of(worker, viewer, null);
	}
}
