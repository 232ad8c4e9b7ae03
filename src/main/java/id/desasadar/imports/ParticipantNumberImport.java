package id.desasadar.imports;

import java.util.List;
import java.util.Optional;

import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.ParticipantNumber;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.Workers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's participant numbers (issue #18 item 5): each row gives the worker with this NIK, in the uploader's
 * scope, the participant number of the agency's core system, by the worker module's own rule
 * ({@link WorkerRegistry#assignParticipantNumber}, as {@code PUT /api/v1/workers/{id}}). A worker who holds that
 * number already is a duplicate, so the same file twice changes nothing; the core system is the source, so a
 * different number replaces the worker's. The same NIK again in the file is an error of the later row, a number
 * another worker holds an error of its row. Each row commits with the job's progress.
 */
@Component
class ParticipantNumberImport implements RowImport {

	private final Workers workers;
	private final WorkerRegistry registry;
	private final ImportJobs jobs;
	private final TransactionTemplate transaction;

	ParticipantNumberImport(Workers workers, WorkerRegistry registry, ImportJobs jobs, TransactionTemplate transaction) {
		this.workers = workers;
		this.registry = registry;
		this.jobs = jobs;
		this.transaction = transaction;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PARTICIPANT_NUMBERS;
	}

	@Override
	public List<Column> columns() {
		return ParticipantNumberSheet.COLUMNS;
	}

	@Override
	public void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter) {
		int processed = processedAfter - rows.size();
		for (SheetRow row : rows) {
			processed++;
			importRow(run, header, row, processed);
		}
	}

	@Override
	public void skip(ImportRun run, Header header, SheetRow row) {
		if (Nik.problemOf(header.value(row, "nik")).isEmpty()) {
			run.niks().add(Nik.of(header.value(row, "nik")).value());
		}
	}

	private void importRow(ImportRun run, Header header, SheetRow row, int processed) {
		long job = run.job().id();
		FieldChecks checks = new FieldChecks();
		Nik nik = checks.parsed(() -> Nik.of(header.value(row, "nik")));
		String numberText = header.value(row, "participantNumber");
		ParticipantNumber number = numberText == null || numberText.isBlank()
				? required(checks) : checks.parsed(() -> ParticipantNumber.of(numberText));
		try {
			checks.throwIfAny();
		}
		catch (InvalidInputException ex) {
			reject(job, processed, RowError.of(row.line(), ex, "file"));
			return;
		}
		if (!run.niks().add(nik.value())) {
			reject(job, processed, List.of(RowError.of(row.line(), "nik", "import.nik.repeated")));
			return;
		}
		Optional<Worker> worker = workers.findByNik(nik.value()).filter(w -> run.viewer().sees(w.getVillageCode()));
		if (worker.isEmpty()) {
			reject(job, processed, List.of(RowError.of(row.line(), "nik", "import.payment.unknown-nik")));
			return;
		}
		if (number.equals(worker.get().getParticipantNumber())) {
			transaction.executeWithoutResult(status -> jobs.advance(job, processed, 0, 1, List.of()));
			return;
		}
		long id = worker.get().getId();
		try {
			transaction.executeWithoutResult(status -> {
				registry.assignParticipantNumber(id, number, run.viewer());
				jobs.advance(job, processed, 1, 0, List.of());
			});
		}
		catch (ProblemException ex) {
			reject(job, processed, RowError.of(row.line(), ex, "participantNumber"));
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// another worker took the number between the check and the save
			reject(job, processed, List.of(RowError.of(row.line(), "participantNumber", "worker.participant-number.duplicate")));
		}
	}

	private static ParticipantNumber required(FieldChecks checks) {
		checks.add("participantNumber", "problem.field.required");
		return null;
	}

	private void reject(long job, int processed, List<RowError> errors) {
		transaction.executeWithoutResult(status -> jobs.advance(job, processed, 0, 0, errors));
	}
}
