package id.desasadar.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.desasadar.enrollment.Enrollment;
import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.enrollment.Enrollments;
import id.desasadar.enrollment.PaymentRequest;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.Worker;
import id.desasadar.worker.Workers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payment reports: each row is recorded on the worker's open enrollment by the enrollment module's own
 * payment rules ({@code POST /api/v1/enrollments/{id}/payments}), so coverage and the dashboards follow, and
 * an amount other than what the rules ask is refused with the amount they ask. A payment recorded already
 * (same day, months and amount) is a duplicate; a channel's reference recorded already is refused on its row. Each row commits with the job's progress on its own, since
 * a refused payment rolls back its transaction.
 */
@Component
class PaymentImport implements RowImport {

	private final Workers workers;
	private final Enrollments enrollments;
	private final EnrollmentDesk desk;
	private final ImportJobs jobs;
	private final TransactionTemplate transaction;
	private final ImportChoices choices;

	PaymentImport(Workers workers, Enrollments enrollments, EnrollmentDesk desk, ImportJobs jobs,
			TransactionTemplate transaction, ImportChoices choices) {
		this.choices = choices;
		this.workers = workers;
		this.enrollments = enrollments;
		this.desk = desk;
		this.jobs = jobs;
		this.transaction = transaction;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PAYMENTS;
	}

	@Override
	public List<Column> columns() {
		return PaymentSheet.COLUMNS;
	}

	@Override
	public void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter) {
		int processed = processedAfter - rows.size();
		for (SheetRow row : rows) {
			processed++;
			importRow(run, header, row, processed);
		}
	}

	private void importRow(ImportRun run, Header header, SheetRow row, int processed) {
		long job = run.job().id();
		List<RowError> errors = new ArrayList<>();
		FieldChecks checks = new FieldChecks();
		Nik nik = checks.parsed(() -> Nik.of(header.value(row, "nik")));
		String paidOnText = WorkerSheet.date(header.value(row, "paidOn"));
		LocalDate paidOn = checks.date("paidOn", paidOnText, true);
		Long months = checks.number("months", WorkerSheet.number("months", header.value(row, "months"), checks), 1, 12, true);
		Long amount = checks.number("amount", WorkerSheet.number("amount", header.value(row, "amount"), checks), 1,
				1_000_000_000, true);
		String channel = choices.code("channel", header.value(row, "channel"));
		String reference = header.value(row, "reference");
		Optional<Enrollment> enrollment = Optional.empty();
		try {
			checks.throwIfAny();
			enrollment = enrollmentOf(nik, run, row, errors);
		}
		catch (InvalidInputException ex) {
			errors.addAll(distinct(RowError.of(row.line(), ex, "file")));
		}
		if (enrollment.isPresent() && desk.recorded(enrollment.get().getId(), paidOn, months.intValue(), amount)) {
			transaction.executeWithoutResult(status -> jobs.advance(job, processed, 0, 1, List.of()));
			return;
		}
		if (enrollment.isPresent()) {
			long id = enrollment.get().getId();
			try {
				transaction.executeWithoutResult(status -> {
					desk.pay(id, new PaymentRequest(paidOn.toString(), months, amount, blankAsNull(channel),
							blankAsNull(reference), null), run.viewer());
					jobs.advance(job, processed, 1, 0, List.of());
				});
				return;
			}
			catch (ProblemException ex) {
				errors.addAll(RowError.of(row.line(), ex, fieldOf(ex.code())));
			}
		}
		List<RowError> told = choices.inWords(errors, field -> header.value(row, field));
		transaction.executeWithoutResult(status -> jobs.advance(job, processed, 0, 0, told));
	}

	/** The open enrollment of the worker with this NIK in the uploader's scope; unknown and out of scope alike. */
	private Optional<Enrollment> enrollmentOf(Nik nik, ImportRun run, SheetRow row, List<RowError> errors) {
		Optional<Worker> worker = workers.findByNik(nik.value()).filter(w -> run.viewer().sees(w.getVillageCode()));
		if (worker.isEmpty()) {
			errors.add(RowError.of(row.line(), "nik", "import.payment.unknown-nik"));
			return Optional.empty();
		}
		Optional<Enrollment> open = enrollments.findOpen(worker.get().getId());
		if (open.isEmpty()) {
			errors.add(RowError.of(row.line(), "nik", "import.payment.not-enrolled"));
		}
		return open;
	}

	private static List<RowError> distinct(List<RowError> errors) {
		List<RowError> kept = new ArrayList<>();
		errors.stream().filter(e -> kept.stream().noneMatch(k -> k.field().equals(e.field()))).forEach(kept::add);
		return kept;
	}

	/** The column a rule of the payments is about. */
	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String fieldOf(String code) {
		return switch (code) {
			case "amount-mismatch" -> "amount";
			case "participation-lapsed", "enrollment-ended" -> "paidOn";
			case "duplicate-payment" -> "reference";
			default -> "nik";
		};
	}
}
