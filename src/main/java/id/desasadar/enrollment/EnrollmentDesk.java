package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
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
import id.desasadar.contribution.Segment;
import id.desasadar.support.ConflictException;
import id.desasadar.support.Constraints;
import id.desasadar.support.FieldChecks;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.ProblemException;
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
	private final ReceiptNumbers receipts;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final PaymentTerms terms;
	private final LapsedReturn lapsedReturn;

	EnrollmentDesk(Enrollments enrollments, Payments payments, Workers workers, EventLookup events,
			AgentLookup agents, Eligibility eligibility, ContributionQuoter quoter, Coverage coverage, ReceiptNumbers receipts,
			TransactionTemplate transaction, Clock clock, PaymentTerms terms, LapsedReturn lapsedReturn) {
		this.terms = terms;
		this.lapsedReturn = lapsedReturn;
		this.enrollments = enrollments;
		this.payments = payments;
		this.workers = workers;
		this.events = events;
		this.agents = agents;
		this.eligibility = eligibility;
		this.quoter = quoter;
		this.coverage = coverage;
		this.receipts = receipts;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * An enrollment's own fields once checked ({@link #checkFields}): what does not depend on the worker. The event
	 * and agent are known in the viewer's scope.
	 */
	public record EnrollmentFields(Set<Program> programs, Payer payer, String sponsor, LocalDate enrolledOn, Long eventId,
			Long agentId) {
	}

	/** An enrollment checked against its worker too ({@link #checkFor}): what {@link #enroll} saves, and its quote. */
	public record CheckedEnrollment(EnrollmentFields fields, Quote quote) {
	}

	public Enrollment enroll(long workerId, EnrollmentRequest request, Viewer viewer) {
		Worker worker = workers.findVisible(workerId, viewer);
		EnrollmentFields fields = checkFields(request, viewer);
		CheckedEnrollment checked = checkFor(worker.getSegment(), worker.getEmployerSize(), worker.getBirthDate(), fields,
				quoteFor(worker, fields.programs(), fields.payer(), fields.enrolledOn()));
		if (lapsedReturn == LapsedReturn.NEW_ENROLLMENT) {
			return transaction.execute(status -> {
				endLapsed(worker, viewer);
				rejectOpenEnrollment(workerId);
				return enroll(worker, checked, viewer);
			});
		}
		rejectOpenEnrollment(workerId);
		try {
			return enroll(worker, checked, viewer);
		}
		catch (DataIntegrityViolationException ex) {
			// Two officers enrolled the same worker at once: the partial unique index let one through.
			rejectOpenEnrollment(worker.getId());
			throw ex;
		}
	}

	/**
	 * Saves an enrollment of a worker as checked, in the caller's transaction if there is one (a registration
	 * saves the worker and the enrollment together); the partial unique index holds one open enrollment per worker.
	 */
	public Enrollment enroll(Worker worker, CheckedEnrollment checked, Viewer viewer) {
		EnrollmentFields fields = checked.fields();
		return transaction.execute(status -> enrollments.saveAndFlush(new Enrollment(worker.getId(), fields.programs(),
				fields.enrolledOn(), fields.eventId(), fields.agentId(), fields.payer(), fields.sponsor(),
				checked.quote().monthlyContribution(), viewer.username(), clock.instant())));
	}

	/**
	 * Checks an enrollment of a worker not saved yet as {@link #enroll} would ({@code 400} naming every bad
	 * field, {@code 422} for a rule of the programs), without saving anything: a bulk import checks each row
	 * this way before it saves the worker, so that no row is left half-imported.
	 */
	public CheckedEnrollment checkEnrollment(WorkerDetails worker, EnrollmentRequest request, Viewer viewer) {
		return checkFor(worker, checkFields(request, viewer));
	}

	/** The rules of the programs for this worker ({@code 422}), and the quote of the enrollment's first day. */
	public CheckedEnrollment checkFor(WorkerDetails worker, EnrollmentFields fields) {
		return checkFor(worker.segment(), worker.employerSize(), worker.birthDate(), fields,
				new QuoteRequest(fields.enrolledOn(), worker.segment(), worker.monthlyIncome(), fields.programs(),
						worker.sector(), fields.payer(), worker.employerSize(), worker.riskClass()));
	}

	/**
	 * The enrollment's own fields ({@code 400} naming every bad one): programs, payer and sponsor, the enrollment
	 * date (today when not given; neither in the future nor before the programs began), the event and the agent in
	 * the viewer's scope.
	 */
	public EnrollmentFields checkFields(EnrollmentRequest request, Viewer viewer) {
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
		return new EnrollmentFields(programs, payer, sponsor, enrolledOn, request.eventId(), request.agentId());
	}

	private CheckedEnrollment checkFor(Segment segment, EmployerSize employerSize, LocalDate birthDate,
			EnrollmentFields fields, QuoteRequest quote) {
		eligibility.check(segment, fields.programs(), employerSize, birthDate, fields.enrolledOn());
		return new CheckedEnrollment(fields, quoter.quote(quote));
	}

	/** A payment's own fields once checked ({@link #checkPaymentFields}): what does not depend on the enrollment's state. */
	record PaymentFields(LocalDate paidOn, int months, long amount, PaymentChannel channel, String reference,
			Long receiptNumber) {
	}

	/**
	 * Every field of a payment checked at once, so that one answer names every bad one.
	 *
	 * @param enrolledOn the day the enrollment starts, which no payment precedes; null when not known yet
	 */
	PaymentFields checkPaymentFields(PaymentRequest request, LocalDate enrolledOn) {
		LocalDate today = LocalDate.now(clock);
		FieldChecks checks = new FieldChecks();
		LocalDate paidOn = checks.date("paidOn", request.paidOn(), true);
		if (paidOn != null && paidOn.isAfter(today)) {
			checks.add("paidOn", "payment.paid-on.future");
		}
		if (paidOn != null && enrolledOn != null && paidOn.isBefore(enrolledOn)) {
			checks.add("paidOn", "payment.paid-on.before-enrollment");
		}
		Long months = checks.number("months", request.months(), 1, 12, true);
		Long amount = checks.number("amount", request.amount(), 1, 1_000_000_000, true);
		PaymentChannel channel = Optional.ofNullable(checks.choice("channel", request.channel(), PaymentChannel.class, false))
			.orElse(PaymentChannel.OTHER);
		String reference = checks.text("reference", request.reference(), 60, false);
		Long receiptNumber = checks.number("receiptNumber", request.receiptNumber(), 1, Long.MAX_VALUE, false);
		checks.throwIfAny();
		return new PaymentFields(paidOn, months.intValue(), amount, channel, reference, receiptNumber);
	}

	public Payment pay(long enrollmentId, PaymentRequest request, Viewer viewer) {
		Enrollment visible = findVisible(enrollmentId, viewer);
		PaymentFields fields = checkPaymentFields(request, visible.getEnrolledOn());
		Worker worker = workers.findVisible(visible.getWorkerId(), viewer);
		PaymentChannel channel = fields.channel();
		String reference = fields.reference();
		if (reference != null && payments.existsByChannelAndReference(channel, reference)) {
			throw duplicatePayment(channel, reference);
		}
		try {
			return transaction.execute(status -> record(enrollmentId, worker, fields, viewer));
		}
		catch (DataIntegrityViolationException ex) {
			// the same reference recorded by another send between the check and the save
			throw isDuplicateReference(ex) ? duplicatePayment(channel, reference) : ex;
		}
	}

	/** Whether a payment's save lost the race for its channel's reference (also inside a registration's transaction). */
	static boolean isDuplicateReference(DataIntegrityViolationException ex) {
		return Constraints.violated(ex, "payment_channel_reference_key");
	}

	static ConflictException duplicatePayment(PaymentChannel channel, String reference) {
		return new ConflictException("duplicate-payment", "payment.duplicate", Map.of("channel", channel, "reference", reference),
				reference);
	}

	private Payment record(long enrollmentId, Worker worker, PaymentFields fields, Viewer viewer) {
		Enrollment enrollment = enrollments.findForPayment(enrollmentId).orElseThrow();
		Coverage workerCoverage = coverageOf(worker);
		YearMonth firstMonth = enrollment.firstMonthPaidOn(fields.paidOn(), workerCoverage, lapsedReturn);
		PaymentCover cover = pricing(enrollment, worker).cover(firstMonth, fields.months(), fields.paidOn(), fields.amount(),
				enrollment.getCredit(), terms.credits());
		long receipt = fields.receiptNumber() != null ? receipts.claim(fields.receiptNumber(), viewer) : receipts.next();
		Payment payment = payments.saveAndFlush(new Payment(enrollmentId, fields.paidOn(), fields.amount(), cover,
				new PaymentTrail(fields.channel(), fields.reference(), receipt), viewer.username(), clock.instant()));
		enrollment.paid(payment, workerCoverage, lapsedReturn);
		return payment;
	}

	/**
	 * Ends an enrollment with a reason (api.md, Enrollment lifecycle); with {@code version}, a stale one is
	 * {@code 409 stale-version}. The worker can be enrolled again afterwards.
	 */
	public Enrollment end(long enrollmentId, EndRequest request, Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		FieldChecks checks = new FieldChecks();
		LocalDate endedOn = request.endedOn() == null || request.endedOn().isBlank() ? today
				: checks.date("endedOn", request.endedOn(), true);
		EndReason reason = checks.choice("reason", request.reason(), EndReason.class, true);
		if (reason != null && !reason.chosenByPerson()) {
			checks.add("reason", "enrollment.end.reason.invalid");
		}
		String note = checks.text("note", request.note(), 500, reason == EndReason.OTHER);
		if (request.version() != null) {
			checks.number("version", request.version(), 0, Long.MAX_VALUE, true);
		}
		findVisible(enrollmentId, viewer);
		checks.throwIfAny();
		return transaction.execute(status -> {
			Enrollment enrollment = enrollments.findForPayment(enrollmentId).orElseThrow();
			checkVersion(enrollment, request.version());
			enrollment.end(endedOn, reason, note, viewer.username(), today);
			return enrollments.saveAndFlush(enrollment);
		});
	}

	/**
	 * Changes the programs or the payer of an open enrollment from its next month due (api.md, PUT
	 * /enrollments/{id}); the programs must be open to the worker as at enrollment ({@code 422}).
	 */
	public Enrollment change(long enrollmentId, ChangeRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		Set<Program> programs = programs(request.programs(), checks);
		Payer payer = request.payer() == null || request.payer().isBlank() ? null
				: checks.choice("payer", request.payer(), Payer.class, true);
		checks.number("version", request.version(), 0, Long.MAX_VALUE, true);
		Enrollment visible = findVisible(enrollmentId, viewer);
		Payer newPayer = payer != null ? payer : visible.getPayer();
		// A payer left out keeps its sponsor too.
		String sponsor = payer == null && request.sponsorName() == null ? visible.getSponsorName()
				: checks.text("sponsorName", request.sponsorName(), 160, newPayer == Payer.SPONSOR);
		checks.throwIfAny();
		Worker worker = workers.findVisible(visible.getWorkerId(), viewer);
		return transaction.execute(status -> {
			Enrollment enrollment = enrollments.findForPayment(enrollmentId).orElseThrow();
			checkVersion(enrollment, request.version());
			eligibility.checkPrograms(worker.getSegment(), programs, worker.getEmployerSize());
			YearMonth from = enrollment.change(programs, newPayer, newPayer == Payer.SPONSOR ? sponsor : null, coverageOf(worker),
					lapsedReturn, LocalDate.now(clock));
			// The new programs must be quotable from the month they apply (422 rate-unknown otherwise).
			quoter.quote(quoteFor(worker, programs, newPayer, from.atDay(1)));
			return enrollments.saveAndFlush(enrollment);
		});
	}

	/** The pricing of the enrollment's months: its programs and payer, its worker, the payment terms. */
	private PaymentPricing pricing(Enrollment enrollment, Worker worker) {
		List<PaymentTerms.Term> stored = terms.terms();
		return new PaymentPricing(
				month -> quoter.quote(quoteFor(worker, enrollment.getPrograms(), enrollment.getPayer(), month.atDay(1))),
				month -> PaymentTerms.termOf(stored, worker.getSegment(), month), coverage.policy().dueDay());
	}

	/** Where a new enrollment replaces a lapsed one: the worker's open enrollment ends, if it lapsed. */
	private void endLapsed(Worker worker, Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		Coverage workerCoverage = coverageOf(worker);
		enrollments.findOpen(worker.getId()).filter(open -> open.lapsedOn(today, workerCoverage)).ifPresent(open -> {
			open.endForLapse(viewer.username(), today, workerCoverage);
			enrollments.saveAndFlush(open);
		});
	}

	private static void checkVersion(Enrollment enrollment, Long version) {
		if (version != null && enrollment.getVersion() != version) {
			throw new ConflictException("stale-version", "problem.stale-version",
					Map.of("currentVersion", enrollment.getVersion()));
		}
	}

	/** How a lapsed participation comes back here (the setting). */
	public LapsedReturn lapsedReturn() {
		return lapsedReturn;
	}

	/**
	 * Whether this very payment (same day, months and amount) is recorded on the enrollment already: a
	 * payment report uploaded twice must not pay twice.
	 */
	public boolean recorded(long enrollmentId, LocalDate paidOn, int months, long amount) {
		return payments.existsByEnrollmentIdAndPaidOnAndMonthsAndAmount(enrollmentId, paidOn, months, amount);
	}

	/** A payment, read as its enrollment is: in its worker's village (api.md, Access); 404 otherwise. */
	public PaymentView payment(long paymentId, Viewer viewer) {
		Payment payment = payments.findById(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
		try {
			findVisible(payment.getEnrollmentId(), viewer);
		}
		catch (NotFoundException outOfScope) {
			throw new NotFoundException("payment", paymentId);
		}
		return PaymentView.of(payment, viewer);
	}

	/** The one way to read an enrollment: it belongs to its worker's village (api.md, Access). */
	public Enrollment findVisible(long enrollmentId, Viewer viewer) {
		Enrollment enrollment = enrollments.findById(enrollmentId)
			.orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
		workers.findById(enrollment.getWorkerId()).filter(w -> viewer.sees(w.getVillageCode()))
			.orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
		return enrollment;
	}

	/** The enrollment as the API and the pages show it: its status today and what its next month due costs. */
	EnrollmentView view(Enrollment enrollment, Worker worker) {
		LocalDate today = LocalDate.now(clock);
		Long toPay;
		try {
			toPay = amountDue(enrollment, worker, 1);
		}
		catch (ProblemException ex) {
			toPay = null;
		}
		Coverage workerCoverage = coverageOf(worker);
		return EnrollmentView.of(enrollment, nextQuote(enrollment, worker), workerCoverage, today,
				enrollment.nextMonthToPay(today, workerCoverage, lapsedReturn), toPay);
	}

	/**
	 * The coverage of the worker's segment: a PU month falls due by the 15th of the following month (domain.md, PU
	 * contributions), as the payment terms in force say.
	 */
	Coverage coverageOf(Worker worker) {
		return terms.coverage(coverage, worker.getSegment());
	}

	/** What the next month due costs, with its breakdown. */
	public Quote nextQuote(Enrollment enrollment, Worker worker) {
		YearMonth next = enrollment.nextMonthDue(coverageOf(worker));
		return quoter.quote(quoteFor(worker, enrollment.getPrograms(), enrollment.getPayer(), next.atDay(1)));
	}

	/**
	 * What paying {@code months} months today costs: from the next month due, or after a lapse from this month; with
	 * any late fine, less the enrollment's credit. The amount a payment made today must have.
	 */
	public long amountDue(Enrollment enrollment, Worker worker, int months) {
		LocalDate today = LocalDate.now(clock);
		YearMonth first = enrollment.firstMonthPaidOn(today, coverageOf(worker), lapsedReturn);
		return pricing(enrollment, worker).amountDue(first, months, today, enrollment.getCredit());
	}

	private static QuoteRequest quoteFor(Worker worker, Set<Program> programs, Payer payer, LocalDate date) {
		return new QuoteRequest(date, worker.getSegment(), worker.getMonthlyIncome(), programs, worker.getSector(),
				payer, worker.getEmployerSize(), worker.getRiskClass());
	}

	private static Set<Program> programs(EnrollmentRequest request, FieldChecks checks) {
		return programs(request.programs(), checks);
	}

	private static Set<Program> programs(List<String> names, FieldChecks checks) {
		Set<Program> programs = EnumSet.noneOf(Program.class);
		if (names == null || names.isEmpty()) {
			checks.add("programs", "problem.field.required");
			return programs;
		}
		for (String name : names) {
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
