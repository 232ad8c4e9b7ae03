package id.desasadar.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.Enrollment;
import id.desasadar.enrollment.EnrollmentDesk;
import id.desasadar.enrollment.PaymentRequest;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerRegistry;

/**
 * Registers, enrolls and pays for synthetic workers through the application's own services, as branch staff
 * would, so the demo data obeys every rule. One per load: it counts what it made.
 */
class DemoRegistrar {

	/** Staff at the booth; an ADMIN viewer passes every scope check, the username goes into created_by. */
	static final Viewer STAFF = new Viewer("staff", Role.ADMIN, List.of(new RegionCode("33")));

	private final WorkerRegistry registry;
	private final EnrollmentDesk desk;
	private final ContributionQuoter quoter;
	private final Coverage coverage;
	private final Clock clock;

	private int workers;
	private int enrollments;
	private int payments;

	DemoRegistrar(WorkerRegistry registry, EnrollmentDesk desk, ContributionQuoter quoter, Coverage coverage, Clock clock) {
		this.registry = registry;
		this.desk = desk;
		this.quoter = quoter;
		this.coverage = coverage;
		this.clock = clock;
	}

	/** Registers the person and, with a membership, enrolls and pays as planned up to today. */
	Worker register(Person person, Membership membership) {
		Worker worker = registry.register(registry.check(person.toRequest(), STAFF), STAFF);
		workers++;
		LocalDate today = LocalDate.now(clock);
		if (membership == null || membership.enrolledOn().isAfter(today)) {
			return worker;
		}
		Enrollment enrollment = desk.enroll(worker.getId(), membership.toRequest(), STAFF);
		enrollments++;
		for (PaymentPlan.Installment installment : membership.plan().installments(membership.enrolledOn(), today, coverage)) {
			long amount = amountDue(person, membership.programs(), membership.payer(), installment);
			desk.pay(enrollment.getId(), new PaymentRequest(installment.paidOn().toString(), (long) installment.months(),
					amount), STAFF);
			payments++;
		}
		return worker;
	}

	private long amountDue(Person person, Set<Program> programs, Payer payer, PaymentPlan.Installment installment) {
		Job job = person.job();
		QuoteRequest request = new QuoteRequest(installment.firstMonth().atDay(1), job.segment(), person.monthlyIncome(),
				programs, job.sector(), payer, job.employerSize(), job.riskClass());
		return quoter.amountDue(request, installment.firstMonth(), installment.months());
	}

	String counts() {
		return "%d workers, %d enrollments, %d payments".formatted(workers, enrollments, payments);
	}
}
