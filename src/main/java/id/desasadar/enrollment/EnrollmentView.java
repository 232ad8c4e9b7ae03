package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.desasadar.contribution.Adjustment;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.Quote;

/**
 * An enrollment as the API shows it (api.md, Enrollments). {@code monthlyContribution} and
 * {@code breakdown} are what the next month due costs (rates and discounts depend on the month), so a
 * worker always sees what to pay next. {@code nextMonthToPay} is the first month a payment today covers, which
 * after a lapse is this month while {@code nextMonthDue} stays the first month unpaid; {@code amountToPay} what
 * paying one month today takes (late fine included, credit taken off; {@code null} where no payment can be made). An ended enrollment names when, why and by whom; {@code resumedFrom} is the
 * month a payment resumed it after a lapse (the death benefit's months count from {@code coveredSince});
 * {@code changedFrom} the first month under the programs and payer as last changed; {@code credit} what is
 * taken off the next payment. For a viewer who does not see incomes (a village head) every amount is
 * {@code null}, with the adjustments, and {@code amountsHidden} is true: JKK is a fixed share of the income, so
 * any amount gives the income away (issue #16); the status, months paid and months unpaid stay.
 */
public record EnrollmentView(Long id, long workerId, Set<Program> programs, LocalDate enrolledOn, Long eventId,
		Long agentId, Payer payer, String sponsorName, Long monthlyContribution, Map<Program, Long> breakdown,
		List<Adjustment> adjustments, CoverageStatus status, YearMonth paidThrough, YearMonth nextMonthDue,
		Integer monthsUnpaid, long version, YearMonth nextMonthToPay, Long amountToPay, LocalDate endedOn,
		EndReason endReason, String endNote, String endedBy, YearMonth resumedFrom, YearMonth coveredSince,
		YearMonth changedFrom, Long credit, boolean amountsHidden) {

	static EnrollmentView of(Enrollment enrollment, Quote next, Coverage coverage, LocalDate today, YearMonth nextToPay,
			Long amountToPay) {
		YearMonth paidThrough = enrollment.paidThroughMonth();
		return new EnrollmentView(enrollment.getId(), enrollment.getWorkerId(), enrollment.getPrograms(),
				enrollment.getEnrolledOn(), enrollment.getEventId(), enrollment.getAgentId(), enrollment.getPayer(), enrollment.getSponsorName(),
				next.monthlyContribution(), next.breakdown(), next.adjustments(), enrollment.status(coverage, today),
				paidThrough, enrollment.nextMonthDue(coverage),
				paidThrough == null ? null : coverage.monthsUnpaid(paidThrough, today), enrollment.getVersion(), nextToPay, amountToPay,
				enrollment.getEndedOn(), enrollment.getEndReason(), enrollment.getEndNote(), enrollment.getEndedBy(),
				enrollment.getResumedFrom(), enrollment.coveredSince(), enrollment.getChangedFrom(), enrollment.getCredit(),
				false);
	}

	/** This view as the viewer may see it: without any amount for one who does not see incomes. */
	public EnrollmentView forViewer(Viewer viewer) {
		if (viewer.seesIncome()) {
			return this;
		}
		return new EnrollmentView(id, workerId, programs, enrolledOn, eventId, agentId, payer, sponsorName, null, null,
				null, status, paidThrough, nextMonthDue, monthsUnpaid, version, nextMonthToPay, null, endedOn, endReason,
				endNote, endedBy, resumedFrom, coveredSince, changedFrom, null, true);
	}
}
