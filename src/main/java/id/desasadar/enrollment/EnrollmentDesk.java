package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.desasadar.account.Viewer;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.Eligibility;
import id.desasadar.contribution.EmployerSize;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Quote;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.contribution.Segment;
import id.desasadar.support.ConflictException;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.RuleViolationException;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerDetails;
import id.desasadar.worker.Workers;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrolls workers and records their payments, under the rules of the programs: eligibility (domain.md,
 * Segments and programs), one open enrollment per worker, and payments that cover the next months at the
 * contribution of each month.
 */
@Component
public class EnrollmentDesk {

	static final LocalDate PROGRAMS_START = LocalDate.of(2015, 7, 1);

	private final Enrollments enrollments;
	private final Payments payments;
	private final Workers workers;
	private final EventLookup events;
	private final AgentLookup agents;
	private final Eligibility eligibility;
	private final ContributionQuoter quoter;
	private final Coverage coverage;
	private final TransactionTemplate transaction;
	private final Clock clock;

	EnrollmentDesk(Enrollments enrollments, Payments payments, Workers workers, EventLookup events,
			AgentLookup agents, Eligibility eligibility, ContributionQuoter quoter, Coverage coverage, TransactionTemplate transaction,
			Clock clock) {
		this.enrollments = enrollments;
		this.payments = payments;
		this.workers = workers;
		this.events = events;
		this.agents = agents;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.coverage = coverage;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** An enrollment request once checked: what {@link #enroll} saves. */
	private record Checked(Set<Program> programs, Payer payer, String sponsor, LocalDate enrolledOn, Quote quote) {
	}

	public Enrollment enroll(long workerId, EnrollmentRequest request, Viewer viewer) {
		Worker worker = workers.findVisible(workerId, viewer);
		Checked checked = check(worker, request, viewer);
		rejectOpenEnrollment(workerId);
		return save(worker, checked, request, viewer);
	}

	/**
	 * Enrolls a worker {@link RegistrationDesk} registered a moment ago, in the viewer's scope by that check and
	 * with no enrollment yet: the worker is not read again; the partial unique index still holds one open
	 * enrollment per worker.
	 */
	Enrollment enrollRegistered(Worker worker, EnrollmentRequest request, Viewer viewer) {
		return save(worker, check(worker, request, viewer), request, viewer);
	}

	private Checked check(Worker worker, EnrollmentRequest request, Viewer viewer) {
		return check(request, viewer, worker.getSegment(), worker.getEmployerSize(), worker.getBirthDate(),
				enrolledOn -> quoteFor(worker, programsOf(request), payerOf(request), enrolledOn));
	}

	private Enrollment save(Worker worker, Checked checked, EnrollmentRequest request, Viewer viewer) {
		try {
			return transaction.execute(status -> enrollments.saveAndFlush(new Enrollment(worker.getId(),
					checked.programs(), checked.enrolledOn(), request.eventId(), request.agentId(), checked.payer(),
					checked.sponsor(), checked.quote().monthlyContribution(), viewer.username(), clock.instant())));
		}
		catch (DataIntegrityViolationException ex) {
			// Two officers enrolled the same worker at once: the partial unique index let one through.
			rejectOpenEnrollment(worker.getId());
			throw ex;
		}
	}

	/**
	 * Checks an enrollment of a worker not saved yet as {@link #enroll} would ({@code 400} naming every bad
	 * field, {@code 422} for a rule of the programs), without saving anything: a bulk import checks each row
	 * this way before it saves the worker, so that no row is left half-imported.
	 */
	public void checkEnrollment(WorkerDetails worker, EnrollmentRequest request, Viewer viewer) {
		check(request, viewer, worker.segment(), worker.employerSize(), worker.birthDate(),
				enrolledOn -> new QuoteRequest(enrolledOn, worker.segment(), worker.monthlyIncome(), programsOf(request),
						worker.sector(), payerOf(request), worker.employerSize(), worker.riskClass()));
	}

	private Checked check(EnrollmentRequest request, Viewer viewer, Segment segment, EmployerSize employerSize,
			LocalDate birthDate, Function<LocalDate, QuoteRequest> quoteRequest) {
		LocalDate today = LocalDate.now(clock);
		FieldChecks checks = new FieldChecks();
		Set<Program> programs = programs(request, checks);
		Payer payer = request.payer() == null || request.payer().isBlank() ? Payer.SELF
				: checks.choice("payer", request.payer(), Payer.class, true);
		String sponsor = checks.text("sponsorName", request.sponsorName(), 160, payer == Payer.SPONSOR);
		LocalDate enrolledOn = request.enrolledOn() == null || request.enrolledOn().isBlank() ? today
				: checks.date("enrolledOn", request.enrolledOn(), true);
		if (enrolledOn != null && (enrolledOn.isAfter(today) || enrolledOn.isBefore(PROGRAMS_START))) {
			checks.add("enrolledOn", "enrollment.enrolled-on.range");
		}
		if (request.eventId() != null && events.visibleName(request.eventId(), viewer).isEmpty()) {
			checks.add("eventId", "enrollment.event.unknown");
		}
		if (request.agentId() != null) {
			checkAgent(request.agentId(), viewer, checks);
		}
		checks.throwIfAny();
		eligibility.check(segment, programs, employerSize, birthDate, enrolledOn);
		return new Checked(programs, payer, sponsor, enrolledOn, quoter.quote(quoteRequest.apply(enrolledOn)));
	}

	public Payment pay(long enrollmentId, PaymentRequest request, Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		FieldChecks checks = new FieldChecks();
		LocalDate paidOn = checks.date("paidOn", request.paidOn(), true);
		if (paidOn != null && paidOn.isAfter(today)) {
			checks.add("paidOn", "payment.paid-on.future");
		}
		Long months = checks.number("months", request.months(), 1, 12, true);
		Long amount = checks.number("amount", request.amount(), 1, 1_000_000_000, true);
		Enrollment visible = findVisible(enrollmentId, viewer);
		if (paidOn != null && paidOn.isBefore(visible.getEnrolledOn())) {
			checks.add("paidOn", "payment.paid-on.before-enrollment");
		}
		checks.throwIfAny();
		Worker worker = workers.findVisible(visible.getWorkerId(), viewer);
		return transaction.execute(status -> {
			Enrollment enrollment = enrollments.findForPayment(enrollmentId).orElseThrow();
			CoverageStatus standing = enrollment.status(coverage, paidOn);
			if (standing == CoverageStatus.ENDED) {
				throw new RuleViolationException("enrollment-ended", "payment.enrollment-ended");
			}
			YearMonth firstMonth = enrollment.nextMonthDue(coverage);
			YearMonth lastPaid = firstMonth.minusMonths(1);
			if (coverage.monthsUnpaid(lastPaid, paidOn) > maxArrears()) {
				throw new RuleViolationException("participation-lapsed", "payment.lapsed", firstMonth.toString());
			}
			long due = quoter.amountDue(quoteFor(worker, enrollment.getPrograms(), enrollment.getPayer(),
					firstMonth.atDay(1)), firstMonth, months.intValue());
			if (due != amount) {
				throw new RuleViolationException("amount-mismatch", "payment.amount-mismatch", due, months, firstMonth.toString())
					.with("expectedAmount", due);
			}
			Payment payment = payments.save(new Payment(enrollmentId, paidOn, months.intValue(), amount, firstMonth,
					viewer.username(), clock.instant()));
			enrollment.paidThrough(payment.getLastMonth());
			return payment;
		});
	}

	/**
	 * Whether this very payment (same day, months and amount) is recorded on the enrollment already: a
	 * payment report uploaded twice must not pay twice.
	 */
	public boolean recorded(long enrollmentId, LocalDate paidOn, int months, long amount) {
		return payments.existsByEnrollmentIdAndPaidOnAndMonthsAndAmount(enrollmentId, paidOn, months, amount);
	}

	/** The one way to read an enrollment: it belongs to its worker's village (api.md, Access). */
	public Enrollment findVisible(long enrollmentId, Viewer viewer) {
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
		workers.findById(enrollment.getWorkerId()).filter(w -> viewer.sees(w.getVillageCode()))
			.orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
		return enrollment;
	}

	/** What the next month due costs, with its breakdown. */
	public Quote nextQuote(Enrollment enrollment, Worker worker) {
		YearMonth next = enrollment.nextMonthDue(coverage);
		return quoter.quote(quoteFor(worker, enrollment.getPrograms(), enrollment.getPayer(), next.atDay(1)));
	}

	/** What paying {@code months} months from the next month due costs: the amount a payment must have. */
	public long amountDue(Enrollment enrollment, Worker worker, int months) {
		YearMonth next = enrollment.nextMonthDue(coverage);
		return quoter.amountDue(quoteFor(worker, enrollment.getPrograms(), enrollment.getPayer(), next.atDay(1)), next,
				months);
	}

	private int maxArrears() {
		return coverage.policy().maxArrearsMonths();
	}

	private static QuoteRequest quoteFor(Worker worker, Set<Program> programs, Payer payer, LocalDate date) {
		return new QuoteRequest(date, worker.getSegment(), worker.getMonthlyIncome(), programs, worker.getSector(),
				payer, worker.getEmployerSize(), worker.getRiskClass());
	}

	/** The programs a request names, for the quote once they have been checked. */
	private static Set<Program> programsOf(EnrollmentRequest request) {
		Set<Program> programs = EnumSet.noneOf(Program.class);
		request.programs().forEach(name -> FieldChecks.choiceOf(name, Program.class).ifPresent(programs::add));
		return programs;
	}

	private static Payer payerOf(EnrollmentRequest request) {
		return FieldChecks.choiceOf(request.payer(), Payer.class).orElse(Payer.SELF);
	}

	private static Set<Program> programs(EnrollmentRequest request, FieldChecks checks) {
		Set<Program> programs = EnumSet.noneOf(Program.class);
		if (request.programs() == null || request.programs().isEmpty()) {
			checks.add("programs", "problem.field.required");
			return programs;
		}
		for (String name : request.programs()) {
			Program program = checks.choice("programs", name, Program.class, true);
			if (program != null) {
				programs.add(program);
			}
		}
		return programs;
	}

	/** Only an agent the officer can see and who still works can be credited with a participant. */
	private void checkAgent(long agentId, Viewer viewer, FieldChecks checks) {
		switch (agents.standing(agentId, viewer)) {
			case UNKNOWN -> checks.add("agentId", "enrollment.agent.unknown");
			case INACTIVE -> checks.add("agentId", "enrollment.agent.inactive");
			case ACTIVE -> {
			}
		}
	}

	private void rejectOpenEnrollment(long workerId) {
		enrollments.findOpen(workerId).ifPresent(open -> {
			throw new ConflictException("already-enrolled", "enrollment.already-enrolled",
					Map.of("existingEnrollmentId", open.getId()));
		});
	}
}
