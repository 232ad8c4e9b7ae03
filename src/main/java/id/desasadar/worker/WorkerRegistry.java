package id.desasadar.worker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;
import id.desasadar.support.AfterCommit;
import id.desasadar.support.ConflictException;
import id.desasadar.support.Constraints;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.RuleViolationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers and corrects workers. The NIK is the final word on duplicates: checked before saving for a
 * clear answer, and by the database's unique constraint when two officers register one NIK at once.
 */
@Component
public class WorkerRegistry {

	private final Workers workers;
	private final Regions regions;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final String consentVersion;
	private final Counter registrations;
	private final ApplicationEventPublisher events;

	WorkerRegistry(Workers workers, Regions regions, TransactionTemplate transaction, Clock clock,
			@Value("${desa-sadar.consent.version}") String consentVersion, MeterRegistry meters,
			ApplicationEventPublisher events) {
		this.events = events;
		this.workers = workers;
		this.regions = regions;
		this.transaction = transaction;
		this.clock = clock;
		this.consentVersion = consentVersion;
		this.registrations = Counter.builder("desa_sadar.registrations")
			.description("Workers registered (committed), by any page or the API").register(meters);
	}

	/** The version of the consent text shown at registration, kept with each worker (UU 27/2022). */
	public String consentVersion() {
		return consentVersion;
	}

	/**
	 * Checks a registration without saving it: every bad field at once ({@code 400}), consent included, the village
	 * against the official list and the viewer's scope. Answers the checked details, which {@link #register} saves.
	 */
	public WorkerDetails check(WorkerRequest request, Viewer viewer) {
		return check(request, viewer, this::isVillage);
	}

	/**
	 * {@link #check(WorkerRequest, Viewer)} for a caller that checks many rows at once (a bulk import), which says
	 * through {@code isVillage} which codes are official villages, so that a file costs no query per row.
	 */
	public WorkerDetails check(WorkerRequest request, Viewer viewer, Predicate<String> isVillage) {
		FieldChecks checks = new FieldChecks();
		WorkerDetails details = check(request, checks, viewer, isVillage);
		if (!Boolean.TRUE.equals(request.consent())) {
			checks.add("consent", "worker.consent.required");
		}
		checks.throwIfAny();
		return details;
	}

	/**
	 * Saves a worker whose details {@link #check} answered, in the caller's transaction if there is one. The NIK
	 * is the final word: a NIK registered already, or by another officer a moment ago, is a {@code 409
	 * duplicate-nik} naming its holder. Within a caller's transaction the unique constraint's violation is left
	 * to the caller, since nothing more can be read in that transaction: it answers {@link #takenNik} after it.
	 */
	public Worker register(WorkerDetails details, Viewer viewer) {
		rejectTakenNik(details.nik(), null);
		try {
			return transaction.execute(status -> {
				Worker worker = workers.saveAndFlush(new Worker(details, consentVersion, viewer.username(), clock.instant()));
				AfterCommit.run(registrations::increment);
				return worker;
			});
		}
		catch (DataIntegrityViolationException ex) {
			if (isTakenNik(ex) && !TransactionSynchronizationManager.isActualTransactionActive()) {
				throw takenNik(details.nik()).orElseThrow(() -> ex);
			}
			throw ex;
		}
	}

	/** Whether a failed save broke the one-worker-per-NIK constraint. */
	public static boolean isTakenNik(DataIntegrityViolationException ex) {
		return Constraints.violated(ex, "worker_nik_key");
	}

	/**
	 * The {@code 409 duplicate-nik} of a NIK that has a holder. The holder's id is given even when it lies outside
	 * the caller's scope: an officer must learn that the person is registered, though they cannot open the record.
	 */
	public Optional<ConflictException> takenNik(Nik nik) {
		return workers.findByNik(nik.value()).map(existing -> new ConflictException("duplicate-nik",
				"worker.nik.duplicate", Map.of("existingWorkerId", existing.getId()), nik.masked()));
	}

	public Worker correct(long id, WorkerRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		WorkerDetails details = check(request, checks, viewer, this::isVillage);
		checks.number("version", request.version(), 0, Long.MAX_VALUE, true);
		ParticipantNumber number = request.checkedParticipantNumber(checks);
		checks.throwIfAny();
		rejectTakenNik(details.nik(), id);
		if (request.changesParticipantNumber()) {
			rejectTakenParticipantNumber(number, id);
		}
		try {
			return transaction.execute(status -> {
				Worker worker = workers.findVisible(id, viewer);
				if (worker.isAnonymised()) {
					throw new RuleViolationException("worker-anonymised", "worker.anonymised");
				}
				if (worker.getVersion() != request.version()) {
					throw new ConflictException("stale-version", "problem.stale-version", Map.of("currentVersion", worker.getVersion()));
				}
				worker.apply(details, viewer.username(), clock.instant());
				if (request.changesParticipantNumber()) {
					worker.assignParticipantNumber(number, viewer.username(), clock.instant());
				}
				return workers.saveAndFlush(worker);
			});
		}
		catch (DataIntegrityViolationException ex) {
			if (isTakenNik(ex)) {
				rejectTakenNik(details.nik(), id);
			}
			if (Constraints.violated(ex, PARTICIPANT_NUMBER_KEY)) {
				throw takenParticipantNumber();
			}
			throw ex;
		}
	}

	/**
	 * Sets the agency's participant number of a worker in scope, or clears it with {@code null} (the worker page
	 * and the import of participant numbers); in the caller's transaction if there is one. A number another worker
	 * holds is a {@code 409 duplicate-participant-number}; an anonymised worker takes none.
	 */
	public Worker assignParticipantNumber(long id, ParticipantNumber number, Viewer viewer) {
		rejectTakenParticipantNumber(number, id);
		try {
			return transaction.execute(status -> {
				Worker worker = workers.findVisible(id, viewer);
				if (worker.isAnonymised()) {
					throw new RuleViolationException("worker-anonymised", "worker.anonymised");
				}
				worker.assignParticipantNumber(number, viewer.username(), clock.instant());
				return workers.saveAndFlush(worker);
			});
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, PARTICIPANT_NUMBER_KEY) && !TransactionSynchronizationManager.isActualTransactionActive()) {
				throw takenParticipantNumber();
			}
			throw ex;
		}
	}

	private static final String PARTICIPANT_NUMBER_KEY = "worker_participant_number_key";

	/**
	 * A participant number is one person's: held by another worker, it is refused. The holder is not named, since
	 * unlike a NIK the officer can do nothing with it; the agency's core system is where a wrong number is settled.
	 */
	private void rejectTakenParticipantNumber(ParticipantNumber number, long exceptId) {
		if (number != null && workers.findByParticipantNumber(number.value())
			.filter(holder -> !holder.getId().equals(exceptId)).isPresent()) {
			throw takenParticipantNumber();
		}
	}

	private static ConflictException takenParticipantNumber() {
		return new ConflictException("duplicate-participant-number", "worker.participant-number.duplicate",
				Map.of("field", "participantNumber"));
	}

	/**
	 * Anonymises a worker who left (UU 27/2022), in the caller's transaction if there is one; {@code version} as
	 * the confirmation form read it, so that a correction made meanwhile is not lost unseen.
	 */
	public Worker anonymise(long id, long version, Viewer viewer) {
		return transaction.execute(status -> {
			Worker worker = workers.findVisible(id, viewer);
			if (worker.isAnonymised()) {
				throw new RuleViolationException("worker-anonymised", "worker.anonymised");
			}
			if (worker.getVersion() != version) {
				throw new ConflictException("stale-version", "problem.stale-version", Map.of("currentVersion", worker.getVersion()));
			}
			worker.anonymise(viewer.username(), clock.instant());
			events.publishEvent(new WorkerAnonymised(id));
			return workers.saveAndFlush(worker);
		});
	}

	/** Warnings to show with a worker: NIK date, sex or region differs; possible duplicates. */
	public List<WorkerWarning> warningsFor(Worker worker) {
		List<WorkerWarning> warnings = new ArrayList<>();
		if (worker.isAnonymised()) {
			return warnings;
		}
		worker.getNik().warningsAgainst(worker.getBirthDate(), worker.getSex(), worker.getVillageCode())
			.forEach(w -> warnings.add(WorkerWarning.of(w)));
		workers.findByVillageCodeAndBirthDate(worker.getVillageCode(), worker.getBirthDate()).stream()
			.filter(other -> !other.getId().equals(worker.getId()))
			.filter(other -> SimilarNames.similar(other.getName(), worker.getName()))
			.forEach(other -> warnings.add(WorkerWarning.possibleDuplicate(other.getId())));
		return warnings;
	}

	private boolean isVillage(String code) {
		return regions.findVillage(code).isPresent();
	}

	private WorkerDetails check(WorkerRequest request, FieldChecks checks, Viewer viewer, Predicate<String> isVillage) {
		WorkerDetails details = request.check(checks, LocalDate.now(clock));
		String village = details.villageCode();
		if (village != null && checks.ok("villageCode") && (!viewer.sees(village) || !isVillage.test(village))) {
			// Unknown and out of scope read the same, so nothing leaks about other areas.
			checks.add("villageCode", "worker.village.unknown");
		}
		return details;
	}

	/** One person, one NIK: checked before saving for a clear answer ({@link #takenNik}). */
	private void rejectTakenNik(Nik nik, Long exceptId) {
		Optional<Worker> holder = workers.findByNik(nik.value()).filter(existing -> !existing.getId().equals(exceptId));
		if (holder.isPresent()) {
			throw takenNik(nik).orElseThrow();
		}
	}

	static boolean seesIncome(Viewer viewer) {
		return viewer.seesIncome();
	}
}
