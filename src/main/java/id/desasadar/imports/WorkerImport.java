package id.desasadar.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.enrollment.EnrollmentRequest;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.WorkerBatch;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up sheets: each row is checked by the rules of {@code POST /api/v1/workers} and, with programs, of
 * {@code POST /api/v1/workers/{id}/enrollments}, before anything is saved; the good rows of a chunk are
 * registered in one statement, where the NIK's uniqueness makes a registered person a duplicate (counted,
 * not an error, not a new worker); the same NIK twice in the file is an error of the second row.
 */
@Component
class WorkerImport implements RowImport {

	/** A row that passed every check. */
	private record Good(SheetRow row, WorkerDetails worker, EnrollmentRequest enrollment) {
	}

	private final WorkerRegistry registry;
	private final WorkerBatch batch;
	private final EnrollmentDesk desk;
	private final ImportJobs jobs;
	private final TransactionTemplate transaction;
	private final ImportChoices choices;

	WorkerImport(WorkerRegistry registry, WorkerBatch batch, EnrollmentDesk desk, ImportJobs jobs,
			TransactionTemplate transaction, ImportChoices choices) {
		this.choices = choices;
		this.registry = registry;
		this.batch = batch;
		this.desk = desk;
		this.jobs = jobs;
		this.transaction = transaction;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.WORKERS;
	}

	@Override
	public List<Column> columns() {
		return WorkerSheet.COLUMNS;
	}

	@Override
	public void importChunk(ImportRun run, Header header, List<SheetRow> rows, int processedAfter) {
		List<RowError> errors = new ArrayList<>();
		List<Good> good = new ArrayList<>();
		run.lookUpVillages(rows.stream().map(row -> header.value(row, "villageCode")).filter(code -> code != null)
			.map(String::strip).toList());
		for (SheetRow row : rows) {
			List<RowError> rowErrors = new ArrayList<>();
			Good checked = check(run, header, row, rowErrors);
			if (checked != null && !run.niks().add(checked.worker().nik().value())) {
				rowErrors.add(RowError.of(row.line(), "nik", "import.nik.repeated"));
			}
			if (rowErrors.isEmpty()) {
				good.add(checked);
			}
			errors.addAll(rowErrors);
		}
		transaction.executeWithoutResult(status -> {
			Map<String, Long> created = batch.registerNew(good.stream().map(Good::worker).toList(), run.viewer().username());
			for (Good row : good) {
				Long id = created.get(row.worker().nik().value());
				if (id != null && row.enrollment() != null) {
					enroll(run, row, id, errors);
				}
			}
			jobs.advance(run.job().id(), processedAfter, created.size(), good.size() - created.size(), errors);
		});
	}

	@Override
	public void skip(ImportRun run, Header header, SheetRow row) {
		Nik.problemOf(header.value(row, "nik")).ifPresentOrElse(problem -> {
		}, () -> run.niks().add(Nik.of(header.value(row, "nik")).value()));
	}

	/** Every problem of the row, worker and enrollment, as the API would name them; {@code null} when any. */
	private Good check(ImportRun run, Header header, SheetRow row, List<RowError> errors) {
		FieldChecks spelling = new FieldChecks();
		WorkerRequest request = WorkerSheet.worker(header, row, spelling, choices);
		EnrollmentRequest enrollment = WorkerSheet.enrolls(header, row) ? WorkerSheet.enrollment(header, row, spelling, choices) : null;
		try {
			spelling.throwIfAny();
		}
		catch (InvalidInputException ex) {
			errors.addAll(RowError.of(row.line(), ex, "file"));
		}
		WorkerDetails worker = null;
		try {
			worker = registry.check(request, run.viewer(), run.isVillage());
		}
		catch (InvalidInputException ex) {
			// A number that could not be read is reported once, as unreadable rather than missing.
			RowError.of(row.line(), ex, "file").stream()
				.filter(e -> errors.stream().noneMatch(known -> known.field().equals(e.field())))
				.forEach(errors::add);
		}
		if (worker != null && enrollment != null && errors.isEmpty()) {
			try {
				desk.checkEnrollment(worker, enrollment, run.viewer());
			}
			catch (ProblemException ex) {
				errors.addAll(RowError.of(row.line(), ex, fieldOf(ex.code())));
			}
		}
		if (!errors.isEmpty()) {
			List<RowError> told = choices.inWords(errors, field -> cell(header, row, field));
			errors.clear();
			errors.addAll(told);
		}
		return errors.isEmpty() ? new Good(row, worker, enrollment) : null;
	}

	/** The worker is registered; an enrollment refused now (checked a moment ago) is reported on its row. */
	private void enroll(ImportRun run, Good row, long workerId, List<RowError> errors) {
		try {
			desk.enroll(workerId, row.enrollment(), run.viewer());
		}
		catch (ProblemException ex) {
			errors.addAll(RowError.of(row.row().line(), ex, fieldOf(ex.code())));
		}
	}

	/** A cell as its choices are looked up: the sex column's L and P read as the sheet reads them. */
	private static String cell(Header header, SheetRow row, String field) {
		String text = header.value(row, field);
		return field.equals("sex") ? WorkerSheet.sex(text) : text;
	}

	/** The column a rule of the programs is about. */
	static String fieldOf(String code) {
		return "age-limit".equals(code) ? "birthDate" : "programs";
	}
}
