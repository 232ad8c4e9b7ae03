package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.Eligibility;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Quote;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.EnrollmentDesk.CheckedEnrollment;
import id.desasadar.enrollment.EnrollmentDesk.EnrollmentFields;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.InvalidInputException.FieldProblem;
import id.desasadar.support.ProblemException;
import id.desasadar.support.RuleViolationException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.Sex;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerRequest;
import id.desasadar.worker.Workers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a worker is registered and enrolled in one step: the booth (online or from its offline queue), the
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

	/** The fields a page may ask to check one by one while the form is filled in. */
	public static final Set<String> CHECKED_FIELDS = Set.of("nik", "name", "birthDate", "sex", "phone", "villageCode",
			"address", "occupation", "segment", "sector", "employerSize", "riskClass", "monthlyIncome", "villageRole",
			"consent");

	/**
	 * Changes to these fields change the programs offered and required: the server answers the programs again, the
	 * required ones chosen for the user. Every other change of the plan (a tick, the income) is quoted on the phone.
	 */
	public static final Set<String> PLAN_FIELDS = Set.of("segment", "employerSize");

	/** Whether a registration was saved by this send or by an earlier one of the same client id. */
	public enum Outcome {
		CREATED, ALREADY_SAVED
	}

	/** What a check of the form found: messages by field, the holder of a taken NIK, NIK warnings. */
	public record Check(Map<String, String> errors, Long duplicateOf, List<String> nikWarnings) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/**
	 * The program choice: the programs offered to the segment, those required, those chosen, and the
	 * quote for today (or why there is none yet).
	 */
	public record Plan(Segment segment, List<Program> offered, Set<Program> required, Set<Program> chosen,
			Quote quote, String quoteProblem) {

		public boolean wageEarner() {
			return segment == Segment.PU;
		}
	}

	/** A registration saved: the worker and the enrollment, by this send or an earlier one. */
	public record Registered(Outcome outcome, UUID clientId, Worker worker, Enrollment enrollment) {
	}

	/** The form has problems; nothing was saved. */
	public static class Refused extends RuntimeException {

		private final transient Check check;
		private final HttpStatus status;

		Refused(Check check, HttpStatus status) {
			super("registration refused");
			this.check = check;
			this.status = status;
		}

		public Check check() {
			return check;
		}

		/** 409 for a taken NIK or a form sent again for another person; 400 for a field, or a rule shown beside one. */
		public HttpStatus status() {
			return status;
		}
	}

	/** A registration once every field is checked: the worker's details, the enrollment's fields, the content's print. */
	private record Checked(UUID clientId, WorkerDetails worker, EnrollmentFields enrollment, byte[] fingerprint) {
	}

	private final WorkerRegistry registry;
	private final Workers workers;
	private final EnrollmentDesk desk;
	private final Enrollments enrollments;
	private final Registrations registrations;
	private final Eligibility eligibility;
	private final ContributionQuoter quoter;
	private final Regions regions;
	private final ApiProblems problems;
	private final TransactionTemplate transaction;
	private final RegistrationScript script;
	private final Clock clock;

	RegistrationDesk(WorkerRegistry registry, Workers workers, EnrollmentDesk desk, Enrollments enrollments,
			Registrations registrations, Eligibility eligibility, ContributionQuoter quoter, Regions regions,
			ApiProblems problems, TransactionTemplate transaction, RegistrationScript script, Clock clock) {
		this.script = script;
		this.registry = registry;
		this.workers = workers;
		this.desk = desk;
		this.enrollments = enrollments;
		this.registrations = registrations;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.regions = regions;
		this.problems = problems;
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
				registrations.save(checked.clientId(), checked.fingerprint(), worker.getId(), saved.getId(),
						viewer.username(), clock.instant());
				return new Registered(Outcome.CREATED, checked.clientId(), worker, saved);
			});
		}
		catch (DataIntegrityViolationException ex) {
			if (WorkerRegistry.isTakenNik(ex)) {
				// another person's registration took the NIK between the check and the save
				throw registry.takenNik(checked.worker().nik()).orElseThrow(() -> ex);
			}
			throw ex;
		}
		return created != null ? created : saved(checked, viewer).orElseThrow();
	}

	/** The registration a client id names, as first answered: empty when unknown or out of the viewer's scope. */
	public Optional<Registered> find(UUID clientId, Viewer viewer) {
		return registrations.find(clientId).flatMap(stored -> visible(stored, viewer))
			.map(saved -> new Registered(Outcome.CREATED, clientId, saved.worker(), saved.enrollment()));
	}

	private record Saved(Worker worker, Enrollment enrollment) {
	}

	/** A registration saved earlier under this client id: {@code ALREADY_SAVED} when its content is the same. */
	private Optional<Registered> saved(Checked checked, Viewer viewer) {
		return registrations.find(checked.clientId()).map(stored -> {
			Optional<Saved> saved = visible(stored, viewer);
			if (saved.isEmpty() || !stored.sameContent(checked.fingerprint())) {
				throw new ConflictException("client-id-reused", "registration.client-id-reused", Map.of());
			}
			return new Registered(Outcome.ALREADY_SAVED, checked.clientId(), saved.get().worker(), saved.get().enrollment());
		});
	}

	private Optional<Saved> visible(Registrations.Stored stored, Viewer viewer) {
		return workers.findById(stored.workerId()).filter(worker -> viewer.sees(worker.getVillageCode()))
			.flatMap(worker -> enrollments.findById(stored.enrollmentId()).map(enrollment -> new Saved(worker, enrollment)));
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
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		return new Checked(clientId, worker, enrollment, RegistrationFingerprint.of(worker, request.enrollment()));
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

	// ---- the pages: the form, checked as it is filled in, and sent ----------------------------------------------

	/**
	 * Registers what the registration page or the booth sent without JavaScript (a form post), as
	 * {@link #register(RegistrationRequest, Viewer)} does; its problems come back as a {@link Check} to show beside
	 * the fields.
	 *
	 * @throws Refused when the form has problems (nothing saved)
	 */
	public Registered register(RegistrationForm form, Long eventId, Viewer viewer) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long income = rupiah(form.getMonthlyIncome(), "monthlyIncome", errors);
		Long risk = rupiah(form.getRiskClass(), "riskClass", errors);
		if (!errors.isEmpty()) {
			throw new Refused(check(form, viewer), HttpStatus.BAD_REQUEST);
		}
		try {
			return register(form.toRequest(income, risk, eventId), viewer);
		}
		catch (InvalidInputException ex) {
			throw new Refused(checkedWith(form, viewer, problems.fieldMessages(ex)), HttpStatus.BAD_REQUEST);
		}
		catch (RuleViolationException ex) {
			// the rules shown beside their fields (programs, birth date); any other beside the programs
			throw new Refused(checkedWith(form, viewer, Map.of("programs",
					problems.message(ex.messageKey(), ex.code(), ex.messageArgs()))), HttpStatus.BAD_REQUEST);
		}
		catch (ConflictException ex) {
			Object holder = ex.properties().get("existingWorkerId");
			Map<String, String> conflict = new LinkedHashMap<>();
			// a NIK taken beside the NIK; a form sent again for another person (its id reused) above the form
			conflict.put(holder != null ? "nik" : "form", problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
			throw new Refused(new Check(conflict, holder instanceof Number n ? n.longValue() : null, List.of()),
					HttpStatus.CONFLICT);
		}
	}

	/** The form's check, with what the refusal said where the check has nothing to say of that field. */
	private Check checkedWith(RegistrationForm form, Viewer viewer, Map<String, String> refusal) {
		Check check = check(form, viewer);
		Map<String, String> errors = new LinkedHashMap<>(check.errors());
		if (errors.isEmpty()) {
			errors.putAll(refusal);
		}
		return new Check(errors, check.duplicateOf(), check.nikWarnings());
	}

	/**
	 * Every problem of the form, worker and programs together, without saving anything, in the words of the page:
	 * the rules of the programs are shown beside the field they concern.
	 */
	public Check check(RegistrationForm form, Viewer viewer) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long income = rupiah(form.getMonthlyIncome(), "monthlyIncome", errors);
		Long risk = rupiah(form.getRiskClass(), "riskClass", errors);
		RegistrationRequest request = form.toRequest(income, risk, null);
		WorkerDetails worker = null;
		EnrollmentFields enrollment = null;
		try {
			worker = registry.check(request.worker(), viewer);
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
		}
		try {
			enrollment = desk.checkFields(request.enrollment(), viewer);
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
		}
		Long duplicateOf = null;
		List<String> nikWarnings = List.of();
		if (!errors.containsKey("nik")) {
			Nik nik = Nik.of(form.getNik());
			Optional<Worker> holder = workers.findByNik(nik.value());
			if (holder.isPresent()) {
				duplicateOf = holder.get().getId();
				errors.put("nik", problems.message("worker.nik.duplicate", "duplicate NIK", nik.masked()));
			}
			nikWarnings = nik.warningsAgainst(date(form.getBirthDate()), choice(form.getSex(), Sex.class),
					errors.containsKey("villageCode") ? null : form.getVillageCode()).stream()
				.map(w -> problems.message(w.messageKey(), w.code()))
				.toList();
		}
		rulesBesideFields(form, enrollment, errors);
		return new Check(errors, duplicateOf, nikWarnings);
	}

	/**
	 * The rules of the programs beside the field they concern: the programs chosen, or the birth date for the age
	 * limit (on the enrollment's date). Checked as far as the form allows while it is still incomplete.
	 */
	private void rulesBesideFields(RegistrationForm form, EnrollmentFields enrollment, Map<String, String> errors) {
		Segment segment = choice(form.getSegment(), Segment.class);
		EmployerSize size = choice(form.getEmployerSize(), EmployerSize.class);
		if (enrollment == null || segment == null || (segment == Segment.PU && size == null)) {
			return;
		}
		eligibility.programViolations(segment, enrollment.programs(), size).stream().findFirst()
			.ifPresent(v -> errors.putIfAbsent("programs", problems.message(v.messageKey(), v.code(), v.args().toArray())));
		LocalDate birthDate = date(form.getBirthDate());
		if (segment == Segment.BPU && birthDate != null && !errors.containsKey("birthDate")) {
			eligibility.violations(segment, enrollment.programs(), size, birthDate, enrollment.enrolledOn()).stream()
				.filter(v -> "age-limit".equals(v.code()))
				.findFirst()
				.ifPresent(v -> errors.put("birthDate", problems.message(v.messageKey(), v.code(), v.args().toArray())));
		}
	}

	/** The programs on offer for the form's segment and employer, with today's quote when it can be made. */
	public Plan plan(RegistrationForm form) {
		Segment segment = Optional.ofNullable(choice(form.getSegment(), Segment.class)).orElse(Segment.BPU);
		EmployerSize size = choice(form.getEmployerSize(), EmployerSize.class);
		Set<Program> offered = eligibility.openTo(segment);
		Set<Program> required = eligibility.requiredFor(segment, size);
		Set<Program> chosen = EnumSet.noneOf(Program.class);
		offered.stream().filter(p -> form.hasProgram(p.name())).forEach(chosen::add);
		Quote quote = null;
		String problem = null;
		Sector sector = choice(form.getSector(), Sector.class);
		Long income = rupiahOrNull(form.getMonthlyIncome());
		if (sector == null || income == null) {
			problem = problems.message("workers.quote.incomplete", "fill in income and sector");
		}
		else if (chosen.isEmpty()) {
			problem = problems.message("workers.quote.no-programs", "choose programs");
		}
		else {
			try {
				Payer payer = Optional.ofNullable(choice(form.getPayer(), Payer.class)).orElse(Payer.SELF);
				Long risk = rupiahOrNull(form.getRiskClass());
				quote = quoter.quote(new QuoteRequest(LocalDate.now(clock), segment, income, chosen, sector, payer,
						size, risk == null || risk > Integer.MAX_VALUE ? null : risk.intValue()));
			}
			catch (InvalidInputException ex) {
				problem = String.join(" ", problems.fieldMessages(ex).values());
			}
			catch (ProblemException ex) {
				problem = problems.message(ex.messageKey(), ex.code(), ex.messageArgs());
			}
		}
		return new Plan(segment, List.copyOf(offered), required, chosen, quote, problem);
	}

	/** What the page's registration script needs on the phone: the rules, its messages, the age limit, the zone. */
	public RegistrationScript.Data script() {
		return script.data();
	}

	/** "Wonopringgo, Kec. Wonopringgo" for a village code, when it is a village the viewer sees. */
	public Optional<String> villageLabel(String code, Viewer viewer) {
		if (code == null || code.isBlank() || !viewer.sees(code.strip())) {
			return Optional.empty();
		}
		return regions.findVillage(code.strip()).map(village -> label(village));
	}

	private String label(Region village) {
		String district = regions.findByCode(village.getParentCode()).map(Region::getName).orElse("");
		return problems.message("workers.village.label", village.getName(), village.getName(), district);
	}

	private Long rupiah(String text, String field, Map<String, String> errors) {
		try {
			return RegistrationForm.wholeRupiah(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, problems.message("workers.field.whole-number", "a whole number"));
			return null;
		}
	}

	private static Long rupiahOrNull(String text) {
		try {
			return RegistrationForm.wholeRupiah(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		return FieldChecks.dateOf(text).orElse(null);
	}

	private static <E extends Enum<E>> E choice(String text, Class<E> type) {
		return FieldChecks.choiceOf(text, type).orElse(null);
	}
}
