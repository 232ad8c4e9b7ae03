package id.desasadar.enrollment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EnrollmentDesk.CheckedEnrollment;
import id.desasadar.enrollment.EnrollmentDesk.EnrollmentFields;
import id.desasadar.support.ConflictException;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerRequest;
import id.desasadar.worker.Workers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a worker is registered and enrolled in one step, with the first payment when it was taken then: the
 * booth (online or from its offline queue), the
 * registration page and {@code POST /api/v1/registrations} (api.md, "Registrations") all come here. Everything is
 * checked before anything is saved, every bad field at once ({@code 400}), then the rules of the programs
 * ({@code 422}); the worker and the enrollment are then saved together in one transaction, or not at all.
 * <p>
 * Each registration carries an id its client made ({@code clientId}), so that it is saved once however often it is
 * sent: at once (a double tap, a phone resending what it never heard the answer to) or days later, from one
 * instance or another. Sends of one id queue on a lock of that id; the first saves, every later one answers what
 * was saved ({@link Outcome#ALREADY_SAVED}), or {@code 409 client-id-reused} when its content differs.
 */
@Component
public class RegistrationDesk {

	/** Whether a registration was saved by this send or by an earlier one of the same client id. */
	public enum Outcome {
		CREATED, ALREADY_SAVED
	}

	/** A registration saved: the worker, the enrollment and the first payment if any, by this send or an earlier one. */
	public record Registered(Outcome outcome, UUID clientId, Worker worker, Enrollment enrollment, Payment payment) {
	}

	/** A registration once every field is checked: the worker's details, the enrollment's fields, the content's print. */
	private record Checked(UUID clientId, WorkerDetails worker, EnrollmentFields enrollment, PaymentRequest payment,
			EnrollmentDesk.PaymentFields paymentFields, byte[] fingerprint) {
	}

	private final WorkerRegistry registry;
	private final Workers workers;
	private final EnrollmentDesk desk;
	private final Enrollments enrollments;
	private final Payments payments;
	private final Registrations registrations;
	private final TransactionTemplate transaction;
	private final Clock clock;

	RegistrationDesk(WorkerRegistry registry, Workers workers, EnrollmentDesk desk, Enrollments enrollments,
			Payments payments, Registrations registrations, TransactionTemplate transaction, Clock clock) {
		this.registry = registry;
		this.workers = workers;
		this.desk = desk;
		this.enrollments = enrollments;
		this.payments = payments;
		this.registrations = registrations;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Registers the worker and enrolls them, once per client id.
	 *
	 * @throws InvalidInputException {@code 400} naming every bad field of the worker and the enrollment
	 * @throws ConflictException {@code 409} {@code duplicate-nik} (another person's registration has the NIK) or
	 *         {@code client-id-reused} (the id was used for other content)
	 * @throws id.desasadar.support.RuleViolationException {@code 422} for a rule of the programs
	 */
	public Registered register(RegistrationRequest request, Viewer viewer) {
		Checked checked = checkFields(request, viewer);
		Optional<Registered> earlier = saved(checked, viewer);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		CheckedEnrollment enrollment = desk.checkFor(checked.worker(), checked.enrollment());
		Registered created;
		try {
			created = transaction.execute(status -> {
				registrations.lock(checked.clientId());
				if (registrations.find(checked.clientId()).isPresent()) {
					// saved by a send of the same id that held the lock before this one
					return null;
				}
				Worker worker = registry.register(checked.worker(), viewer);
				Enrollment saved = desk.enroll(worker, enrollment, viewer);
				// the first payment in the same transaction: the worker leaves covered, or nothing is saved
				Payment paid = checked.payment() == null ? null : desk.pay(saved.getId(), checked.payment(), viewer);
				registrations.save(checked.clientId(), checked.fingerprint(), worker.getId(), saved.getId(),
						paid == null ? null : paid.getId(), viewer.username(), clock.instant());
				return new Registered(Outcome.CREATED, checked.clientId(), worker, saved, paid);
			});
		}
		catch (DataIntegrityViolationException ex) {
			if (WorkerRegistry.isTakenNik(ex)) {
				// another person's registration took the NIK between the check and the save
				throw registry.takenNik(checked.worker().nik()).orElseThrow(() -> ex);
			}
			if (EnrollmentDesk.isDuplicateReference(ex)) {
				throw EnrollmentDesk.duplicatePayment(checked.paymentFields().channel(), checked.paymentFields().reference());
			}
			throw ex;
		}
		return created != null ? created : saved(checked, viewer).orElseThrow();
	}

	/** The registration a client id names, as first answered: empty when unknown or out of the viewer's scope. */
	public Optional<Registered> find(UUID clientId, Viewer viewer) {
		return registrations.find(clientId).flatMap(stored -> visible(stored, viewer))
			.map(saved -> new Registered(Outcome.CREATED, clientId, saved.worker(), saved.enrollment(), saved.payment()));
	}

	private record Saved(Worker worker, Enrollment enrollment, Payment payment) {
	}

	/** A registration saved earlier under this client id: {@code ALREADY_SAVED} when its content is the same. */
	private Optional<Registered> saved(Checked checked, Viewer viewer) {
		return registrations.find(checked.clientId()).map(stored -> {
			Optional<Saved> saved = visible(stored, viewer);
			if (saved.isEmpty() || !stored.sameContent(checked.fingerprint())) {
				throw new ConflictException("client-id-reused", "registration.client-id-reused", Map.of());
			}
			return new Registered(Outcome.ALREADY_SAVED, checked.clientId(), saved.get().worker(), saved.get().enrollment(),
					saved.get().payment());
		});
	}

	private Optional<Saved> visible(Registrations.Stored stored, Viewer viewer) {
		return workers.findById(stored.workerId()).filter(worker -> viewer.sees(worker.getVillageCode()))
			.flatMap(worker -> enrollments.findById(stored.enrollmentId()).map(enrollment -> new Saved(worker, enrollment,
					stored.paymentId() == null ? null : payments.findById(stored.paymentId()).orElse(null))));
	}

	/** Every field of the worker and of the enrollment checked together, so that one answer names every bad one. */
	private Checked checkFields(RegistrationRequest request, Viewer viewer) {
		List<FieldProblem> bad = new ArrayList<>();
		UUID clientId = clientIdOf(request.clientId(), bad);
		WorkerDetails worker = null;
		EnrollmentFields enrollment = null;
		try {
			worker = registry.check(Optional.ofNullable(request.worker()).orElseGet(RegistrationDesk::noWorker), viewer);
		}
		catch (InvalidInputException ex) {
			bad.addAll(ex.problems());
		}
		try {
			enrollment = desk.checkFields(Optional.ofNullable(request.enrollment())
				.orElseGet(() -> new EnrollmentRequest(List.of(), null, null, null, null)), viewer);
		}
		catch (InvalidInputException ex) {
			bad.addAll(ex.problems());
		}
		EnrollmentDesk.PaymentFields payment = null;
		if (request.payment() != null) {
			try {
				payment = desk.checkPaymentFields(request.payment(), enrollment == null ? null : enrollment.enrolledOn());
			}
			catch (InvalidInputException ex) {
				bad.addAll(ex.problems());
			}
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		return new Checked(clientId, worker, enrollment, request.payment(), payment,
				RegistrationFingerprint.of(worker, request.enrollment(), request.payment()));
	}

	private static UUID clientIdOf(String text, List<FieldProblem> bad) {
		if (text == null || text.isBlank()) {
			bad.add(new FieldProblem("clientId", "problem.field.required"));
			return null;
		}
		try {
			UUID id = UUID.fromString(text.strip());
			if (id.toString().equalsIgnoreCase(text.strip())) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// named below
		}
		bad.add(new FieldProblem("clientId", "registration.client-id.malformed"));
		return null;
	}

	private static WorkerRequest noWorker() {
		return new WorkerRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}
}
