package id.desasadar.card;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.Enrollment;
import id.desasadar.enrollment.Enrollments;
import id.desasadar.support.NotFoundException;
import id.desasadar.worker.PhoneNumber;
import id.desasadar.worker.Worker;
import id.desasadar.worker.Workers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the participant card of a worker in the viewer's scope, and answers the public check of a code. An
 * anonymised worker has neither: {@code 404}, as for an unknown worker or code.
 */
@Component
class ParticipantCards {

	private final Workers workers;
	private final Enrollments enrollments;
	private final CoverageWindows windows;
	private final CardCodes codes;
	private final Clock clock;

	ParticipantCards(Workers workers, Enrollments enrollments, CoverageWindows windows, CardCodes codes, Clock clock) {
		this.workers = workers;
		this.enrollments = enrollments;
		this.windows = windows;
		this.codes = codes;
		this.clock = clock;
	}

	/** The card of a worker in scope; {@code checkBase} is the application's address the QR code starts with. */
	@Transactional
	ParticipantCard cardOf(long workerId, Viewer viewer, String checkBase) {
		Worker worker = workers.findVisible(workerId, viewer);
		if (worker.isAnonymised()) {
			throw new NotFoundException("worker", workerId);
		}
		String code = codes.codeOf(workerId, viewer.username(), clock.instant());
		return card(worker, checkBase + "/v/" + code);
	}

	/** The worker's phone, to send the card to; null when none was given. */
	@Transactional(readOnly = true)
	PhoneNumber phoneOf(long workerId, Viewer viewer) {
		return workers.findVisible(workerId, viewer).getPhone();
	}

	/** The check behind a card's QR code; nothing for an unknown code or an anonymised worker. */
	@Transactional(readOnly = true)
	Optional<ParticipantCard> check(String code) {
		return codes.workerOf(code).flatMap(workers::findById).filter(worker -> !worker.isAnonymised())
			.map(worker -> card(worker, null));
	}

	private ParticipantCard card(Worker worker, String checkAddress) {
		Optional<Enrollment> open = enrollments.findOpen(worker.getId());
		LocalDate today = LocalDate.now(clock);
		return new ParticipantCard(worker.getId(), worker.getName(), worker.getNik().masked(),
				open.map(e -> e.getPrograms().stream().sorted().toList()).orElse(List.of()),
				// The status by the worker's segment: a PU month falls due by the 15th of the following month (domain.md).
				open.map(e -> windows.statusOf(e, worker.getSegment(), today)).orElse(null),
				open.map(Enrollment::paidThroughMonth).orElse(null),
				worker.getParticipantNumber() == null ? null : worker.getParticipantNumber().value(), checkAddress);
	}
}
