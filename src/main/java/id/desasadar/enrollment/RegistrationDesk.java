package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import id.desasadar.region.Region;
import id.desasadar.region.Regions;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.Nik;
import id.desasadar.worker.Sex;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.Workers;

import org.springframework.stereotype.Component;

/**
 * Registers a worker and enrolls them in one step, as a booth needs it, for the registration page and the
 * booth alike. Before anything is saved the whole form is checked, so that every bad field is shown beside
 * itself at once; the worker is then saved as checked (the NIK's unique constraint catching a registration made
 * meanwhile), the enrollment is checked again by its desk (its event, the quote of the day), and a worker already
 * saved stays saved when only the enrollment fails.
 */
@Component
public class RegistrationDesk {

	/** The fields a page may ask to check one by one while the form is filled in. */
	public static final Set<String> CHECKED_FIELDS = Set.of("nik", "name", "birthDate", "sex", "phone", "villageCode",
			"address", "occupation", "segment", "sector", "employerSize", "riskClass", "monthlyIncome", "villageRole",
			"consent");

	/** Changes to these fields change the programs offered or the quote. */
	public static final Set<String> PLAN_FIELDS = Set.of("segment", "sector", "employerSize", "riskClass",
			"monthlyIncome");

	/** Changes to these fields change the programs required, which are then chosen for the user. */
	public static final Set<String> REQUIRING_FIELDS = Set.of("segment", "employerSize");

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

	/** A registration done: the worker, and the enrollment or why it failed (the worker is kept). */
	public record Registered(Worker worker, Enrollment enrollment, String enrollmentProblem) {
	}

	/** The form has problems; nothing was saved. */
	public static class Refused extends RuntimeException {

		private final transient Check check;

		Refused(Check check) {
			super("registration refused");
			this.check = check;
		}

		public Check check() {
			return check;
		}
	}


	private final WorkerRegistry registry;
	private final Workers workers;
	private final EnrollmentDesk desk;
	private final Eligibility eligibility;
	private final ContributionQuoter quoter;
	private final Regions regions;
	private final ApiProblems problems;
	private final Clock clock;

	RegistrationDesk(WorkerRegistry registry, Workers workers, EnrollmentDesk desk, Eligibility eligibility,
			ContributionQuoter quoter, Regions regions, ApiProblems problems, Clock clock) {
		this.registry = registry;
		this.workers = workers;
		this.desk = desk;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.regions = regions;
		this.problems = problems;
		this.clock = clock;
	}

	/** Every problem of the form, worker and programs together, without saving anything. */
	public Check check(RegistrationForm form, Viewer viewer) {
		return examine(form, viewer).check();
	}

	/** What {@link #check} found, and the worker's details as checked when their fields were right. */
	private record Examined(Check check, WorkerDetails worker) {
	}

	private Examined examine(RegistrationForm form, Viewer viewer) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long income = rupiah(form.getMonthlyIncome(), "monthlyIncome", errors);
		Long risk = rupiah(form.getRiskClass(), "riskClass", errors);
		WorkerDetails worker = null;
		try {
			worker = registry.validate(form.toWorkerRequest(income, risk), viewer);
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
		checkPlan(form, errors);
		return new Examined(new Check(errors, duplicateOf, nikWarnings), worker);
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

	/**
	 * Registers the worker and enrolls them, at the event if one is given.
	 *
	 * @throws Refused when the form has problems (nothing saved)
	 */
	public Registered register(RegistrationForm form, Long eventId, Viewer viewer) {
		Examined examined = examine(form, viewer);
		if (!examined.check().ok()) {
			throw new Refused(examined.check());
		}
		Worker worker;
		try {
			// checked just now, the NIK's holder looked up too: saved without reading anything again
			worker = registry.register(examined.worker(), viewer);
		}
		catch (ConflictException ex) {
			// another officer registered the same NIK a moment ago
			Object holder = ex.properties().get("existingWorkerId");
			throw new Refused(new Check(Map.of("nik", problems.message(ex.messageKey(), ex.code(), ex.messageArgs())),
					holder instanceof Number n ? n.longValue() : null, List.of()));
		}
		try {
			return new Registered(worker, desk.enrollRegistered(worker, form.toEnrollmentRequest(eventId), viewer), null);
		}
		catch (InvalidInputException ex) {
			return new Registered(worker, null, String.join(" ", problems.fieldMessages(ex).values()));
		}
		catch (ProblemException ex) {
			return new Registered(worker, null, problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
		}
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

	/** The programs, payer and sponsor, and the age limit, as the enrollment will check them. */
	private void checkPlan(RegistrationForm form, Map<String, String> errors) {
		Set<Program> programs = EnumSet.noneOf(Program.class);
		for (String name : form.getPrograms()) {
			Program program = choice(name, Program.class);
			if (program == null) {
				errors.putIfAbsent("programs", problems.message("problem.field.choice", "choice", "JKK, JKM, JHT, JP"));
			}
			else {
				programs.add(program);
			}
		}
		if (programs.isEmpty()) {
			errors.putIfAbsent("programs", problems.message("problem.field.required", "required"));
		}
		String payerText = form.getPayer();
		Payer payer = payerText == null || payerText.isBlank() ? Payer.SELF : choice(payerText, Payer.class);
		if (payer == null) {
			errors.putIfAbsent("payer", problems.message("problem.field.choice", "choice", names(Payer.values())));
		}
		String sponsor = form.getSponsorName() == null ? "" : form.getSponsorName().strip();
		if (payer == Payer.SPONSOR && sponsor.isEmpty()) {
			errors.putIfAbsent("sponsorName", problems.message("problem.field.required", "required"));
		}
		else if (sponsor.length() > 160) {
			errors.putIfAbsent("sponsorName", problems.message("problem.field.too-long", "too long", 160));
		}
		Segment segment = choice(form.getSegment(), Segment.class);
		EmployerSize size = choice(form.getEmployerSize(), EmployerSize.class);
		if (segment == null || programs.isEmpty() || (segment == Segment.PU && size == null)) {
			return;
		}
		eligibility.programViolations(segment, programs, size).stream().findFirst()
			.ifPresent(v -> errors.putIfAbsent("programs", problems.message(v.messageKey(), v.code(), v.args().toArray())));
		LocalDate birthDate = date(form.getBirthDate());
		if (segment == Segment.BPU && birthDate != null && !errors.containsKey("birthDate")) {
			eligibility.violations(segment, programs, size, birthDate, LocalDate.now(clock)).stream()
				.filter(v -> "age-limit".equals(v.code()))
				.findFirst()
				.ifPresent(v -> errors.put("birthDate", problems.message(v.messageKey(), v.code(), v.args().toArray())));
		}
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

	private static String names(Enum<?>[] values) {
		return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
	}
}
