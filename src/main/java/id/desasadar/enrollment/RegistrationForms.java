package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import id.desasadar.enrollment.EnrollmentDesk.EnrollmentFields;
import id.desasadar.enrollment.RegistrationDesk.Registered;
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.support.RuleViolationException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.Sex;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.Workers;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The registration form of the pages (the registration page and the booth without JavaScript): checked as it is
 * filled in, field by field, in the words of the page; its programs and quote; and sent, through the one way a
 * registration is saved ({@link RegistrationDesk}), its problems coming back to show beside the fields.
 */
@Component
public class RegistrationForms {

	/** The fields a page may ask to check one by one while the form is filled in. */
	public static final Set<String> CHECKED_FIELDS = Set.of("nik", "name", "birthDate", "sex", "phone", "villageCode",
			"address", "occupation", "segment", "sector", "employerSize", "riskClass", "monthlyIncome", "villageRole",
			"consent");

	/**
	 * Changes to these fields change the programs offered and required: the server answers the programs again, the
	 * required ones chosen for the user. Every other change of the plan (a tick, the income) is quoted on the phone.
	 */
	public static final Set<String> PLAN_FIELDS = Set.of("segment", "employerSize");

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

	private final RegistrationDesk desk;
	private final WorkerRegistry registry;
	private final Workers workers;
	private final EnrollmentDesk enrollments;
	private final Eligibility eligibility;
	private final ContributionQuoter quoter;
	private final Regions regions;
	private final ApiProblems problems;
	private final RegistrationScript script;
	private final Clock clock;

	RegistrationForms(RegistrationDesk desk, WorkerRegistry registry, Workers workers, EnrollmentDesk enrollments,
			Eligibility eligibility, ContributionQuoter quoter, Regions regions, ApiProblems problems,
			RegistrationScript script, Clock clock) {
		this.desk = desk;
		this.registry = registry;
		this.workers = workers;
		this.enrollments = enrollments;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.regions = regions;
		this.problems = problems;
		this.script = script;
		this.clock = clock;
	}

	/**
	 * Registers what the registration page or the booth sent without JavaScript (a form post), as
	 * {@link RegistrationDesk#register} does; its problems come back as a {@link Check} to show beside the fields.
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
			return desk.register(form.toRequest(income, risk, eventId), viewer);
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
			enrollment = enrollments.checkFields(request.enrollment(), viewer);
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
