package id.desasadar.enrollment;

import java.net.URI;
import java.util.UUID;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.RegistrationDesk.Outcome;
import id.desasadar.enrollment.RegistrationDesk.Registered;
import id.desasadar.support.NotFoundException;
import id.desasadar.worker.NikDisclosures;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** api.md, "Registrations": register and enroll in one call, exactly once per client id. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class RegistrationApi {

	private final RegistrationDesk desk;
	private final RegistrationAnswers answers;
	private final NikDisclosures disclosures;

	RegistrationApi(RegistrationDesk desk, RegistrationAnswers answers, NikDisclosures disclosures) {
		this.desk = desk;
		this.answers = answers;
		this.disclosures = disclosures;
	}

	/** {@code 201} the first time, {@code 200} with {@code ALREADY_SAVED} for every later send of the same registration. */
	@PostMapping("/api/v1/registrations")
	ResponseEntity<RegistrationAnswer> register(@RequestBody RegistrationRequest request, Viewer viewer) {
		Registered registered = desk.register(request, viewer);
		RegistrationAnswer answer = answers.of(registered, viewer);
		if (registered.outcome() == Outcome.ALREADY_SAVED) {
			return ResponseEntity.ok().location(location(registered.clientId())).body(answer);
		}
		return ResponseEntity.created(location(registered.clientId())).body(answer);
	}

	@GetMapping("/api/v1/registrations/{clientId}")
	@Transactional(readOnly = true)
	RegistrationAnswer registration(@PathVariable String clientId, Viewer viewer) {
		UUID id = parsed(clientId);
		Registered registered = desk.find(id, viewer).orElseThrow(() -> new NotFoundException("registration", clientId));
		if (viewer.seesFullNik() && !registered.worker().isAnonymised()) {
			disclosures.disclosed(viewer, registered.worker(), "GET /api/v1/registrations/" + id);
		}
		return answers.of(registered, viewer);
	}

	private static UUID parsed(String clientId) {
		try {
			return UUID.fromString(clientId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("registration", clientId);
		}
	}

	private static URI location(UUID clientId) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/registrations/{clientId}")
			.buildAndExpand(clientId).toUri();
	}
}
