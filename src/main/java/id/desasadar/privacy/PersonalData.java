package id.desasadar.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.account.Viewer;
import id.desasadar.audit.AuditAction;
import id.desasadar.audit.AuditTrail;
import id.desasadar.enrollment.HeldEnrollments;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerView;
import id.desasadar.worker.Workers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the application holds about one worker, handed out on request, and the anonymisation of a worker who
 * left. Both are recorded in the audit trail.
 */
@Component
class PersonalData {

	/** The worker's columns that identify the person; removed from the audit trail on anonymisation. */
	static final List<String> PERSONAL_FIELDS = List.of("nik", "name", "birth_date", "phone", "address", "occupation",
			"participant_number");

	private final Workers workers;
	private final WorkerRegistry registry;
	private final AuditTrail trail;
	private final HeldEnrollments enrollments;
	private final TransactionTemplate transaction;

	PersonalData(Workers workers, WorkerRegistry registry, AuditTrail trail, HeldEnrollments enrollments,
			TransactionTemplate transaction) {
		this.workers = workers;
		this.registry = registry;
		this.trail = trail;
		this.enrollments = enrollments;
		this.transaction = transaction;
	}

	/**
	 * Everything held about the worker: the worker with the full NIK and the consent given, the enrollments
	 * with their programs, the payments, and the audit history of these records. Recorded as DATA_EXPORTED.
	 */
	Map<String, Object> export(long workerId, Viewer viewer, String where) {
		Map<String, Object> data = transaction.execute(status -> {
			Worker worker = workers.findVisible(workerId, viewer);
			Map<String, Object> held = new LinkedHashMap<>();
			held.put("worker", WorkerView.of(worker, viewer, null));
			held.put("consent", Map.of("version", worker.getConsentVersion(), "givenAt", worker.getConsentedAt()));
			held.put("enrollments", enrollments.ofWorker(workerId));
			held.put("auditTrail", trail.ofWorker(workerId));
			return held;
		});
		Worker worker = workers.findVisible(workerId, viewer);
		trail.record(viewer.username(), AuditAction.DATA_EXPORTED, "worker", String.valueOf(workerId), workerId,
				worker.getVillageCode(), Map.of("where", where));
		return data;
	}

	/**
	 * Makes the worker unidentifiable and removes the personal fields from the trail's stored values of the
	 * worker's record, in one transaction; then records ANONYMISED (with no personal data).
	 */
	Worker anonymise(long workerId, long version, Viewer viewer) {
		Worker[] done = new Worker[1];
		int scrubbed = transaction.execute(status -> {
			done[0] = registry.anonymise(workerId, version, viewer);
			return trail.scrubWorker(workerId, PERSONAL_FIELDS);
		});
		trail.record(viewer.username(), AuditAction.ANONYMISED, "worker", String.valueOf(workerId), workerId,
				done[0].getVillageCode(), Map.of("scrubbedEvents", scrubbed, "removedFields", PERSONAL_FIELDS));
		return done[0];
	}
}
