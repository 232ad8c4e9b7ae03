package id.desasadar.booth;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import id.desasadar.account.Viewer;
import id.desasadar.campaign.Event;
import id.desasadar.campaign.Events;
import id.desasadar.enrollment.EnrollmentRequest;
import id.desasadar.enrollment.RegistrationAnswer;
import id.desasadar.enrollment.RegistrationAnswers;
import id.desasadar.enrollment.RegistrationDesk;
import id.desasadar.enrollment.RegistrationDesk.Outcome;
import id.desasadar.enrollment.RegistrationDesk.Registered;
import id.desasadar.enrollment.ReceiptNumbers;
import id.desasadar.enrollment.RegistrationRequest;
import id.desasadar.support.InvalidInputException;
import id.desasadar.worker.WorkerRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the booth's script sends (static/js/booth.js): each registration of its queue as the JSON of {@code POST
 * /api/v1/registrations} (api.md, "Registrations"), with the page's session and CSRF token, answered with the same
 * body and the event's tally; sent again, it is answered {@code ALREADY_SAVED}, never saved twice. Problems are
 * problem JSON, as the API's: the script keeps a refused registration in its queue with the reason.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class BoothRegistrations {

	/** A registration saved, and the event's tally after it. */
	record Answer(RegistrationAnswer registration, BoothTally.Tally tally) {
	}

	/** Who is signed in and the CSRF token of the page session, for a page that signed in again without reloading. */
	record Session(String username, String csrfHeader, String csrfToken) {
	}

	private final Events events;
	private final RegistrationDesk desk;
	private final RegistrationAnswers answers;
	private final BoothTally tallies;
	private final ReceiptNumbers receiptNumbers;

	BoothRegistrations(Events events, RegistrationDesk desk, RegistrationAnswers answers, BoothTally tallies,
			ReceiptNumbers receiptNumbers) {
		this.receiptNumbers = receiptNumbers;
		this.events = events;
		this.desk = desk;
		this.answers = answers;
		this.tallies = tallies;
	}

	@PostMapping(path = "/events/{id}/booth/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Answer> register(@PathVariable long id, @RequestBody RegistrationRequest request, Viewer viewer) {
		Event event = events.findVisible(id, viewer);
		Registered registered = desk.register(atThisBooth(request, event), viewer);
		Answer answer = new Answer(answers.of(registered, viewer), tallies.of(event.getId()));
		return ResponseEntity.status(registered.outcome() == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
			.body(answer);
	}

	@GetMapping("/events/{id}/booth/tally")
	BoothTally.Tally tally(@PathVariable long id, Viewer viewer) {
		return tallies.of(events.findVisible(id, viewer).getId());
	}

	/**
	 * Receipt numbers this phone ({@code device}: an id it made for itself) holds for the payments it may take
	 * without a signal: a number given on the spot stays the payment's after the sync ({@link ReceiptNumbers}).
	 */
	@GetMapping("/events/{id}/booth/receipts")
	Receipts receipts(@PathVariable long id, @RequestParam String device, Viewer viewer) {
		events.findVisible(id, viewer);
		UUID phone;
		try {
			phone = UUID.fromString(device.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("device", "booth.device.malformed");
		}
		return new Receipts(receiptNumbers.reserve(viewer, phone));
	}

	/** The receipt numbers a phone holds, lowest first. */
	record Receipts(List<Long> numbers) {
	}

	@GetMapping("/events/{id}/booth/session")
	Session session(@PathVariable long id, Viewer viewer, CsrfToken csrf) {
		events.findVisible(id, viewer);
		return new Session(viewer.username(), csrf.getHeaderName(), csrf.getToken());
	}

	/**
	 * A booth registers self-employed workers at its own event: the segment is BPU and the event this one (the
	 * script sends both; anything else is a field problem, not silently changed).
	 */
	private static RegistrationRequest atThisBooth(RegistrationRequest request, Event event) {
		WorkerRequest worker = request.worker();
		EnrollmentRequest enrollment = request.enrollment();
		if (worker != null && worker.segment() != null && !"BPU".equalsIgnoreCase(worker.segment().strip())) {
			throw new InvalidInputException("segment", "booth.segment.bpu-only");
		}
		if (enrollment != null && enrollment.eventId() != null && !Objects.equals(enrollment.eventId(), event.getId())) {
			throw new InvalidInputException("eventId", "booth.event.other");
		}
		return new RegistrationRequest(request.clientId(), worker == null ? null : worker.asSegment("BPU"),
				enrollment == null ? new EnrollmentRequest(List.of(), null, null, event.getId(), null)
						: enrollment.atEvent(event.getId()), request.payment());
	}
}
