package id.desasadar.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.desasadar.contribution.Segment;

import org.springframework.stereotype.Component;

/**
 * Who decides a coverage status, for every module (issue #20 item 1): the Java rule ({@link Coverage#statusOf}) of
 * a worker's segment, with the payment terms in force (a PU month falls due by the 15th of the following month,
 * domain.md, PU contributions), and the same rule as SQL for the queries that count or list statuses
 * ({@link StatusWindows}) and for the due date of a month ({@link #dueMonthSql}). The counters those queries read
 * (village_enrollments and district_enrollments by segment and month paid through, V5, V12, V57) are kept by
 * triggers of this module's tables.
 */
@Component
public class CoverageWindows {

	private final Coverage coverage;
	private final PaymentTerms terms;

	CoverageWindows(Coverage coverage, PaymentTerms terms) {
		this.coverage = coverage;
		this.terms = terms;
	}

	/** The coverage of a segment: its months fall due by the payment term in force for each. */
	public Coverage of(Segment segment) {
		return terms.coverage(coverage, segment);
	}

	/** The status windows of {@code today}, per segment. */
	public StatusWindows on(LocalDate today) {
		return StatusWindows.of(this::of, today);
	}

	/** The status of an enrollment of a worker of {@code segment} on {@code today}. */
	public CoverageStatus statusOf(Enrollment enrollment, Segment segment, LocalDate today) {
		return enrollment.status(of(segment), today);
	}

	/** The day a contribution month of the segment falls due: the due day of the month itself (BPU) or a later one (PU). */
	public LocalDate dueOn(Segment segment, YearMonth month) {
		int later = PaymentTerms.termOf(terms.terms(), segment, month).dueMonthsAfter();
		return month.plusMonths(later).atDay(coverage.policy().dueDay());
	}

	/**
	 * {@link #dueOn} as SQL: the day {@code month} (a column or expression of the first day of a contribution month)
	 * of a worker of {@code segment} falls due, by the payment terms stored (a handful of rows, written as literals
	 * like {@link StatusWindows}'s).
	 */
	public String dueMonthSql(String month, String segment) {
		return dueMonthSql(terms.terms(), coverage.policy().dueDay(), month, segment);
	}

	static String dueMonthSql(List<PaymentTerms.Term> stored, int dueDay, String month, String segment) {
		StringBuilder later = new StringBuilder();
		for (PaymentTerms.Term term : stored) {
			if (term.dueMonthsAfter() == 0) {
				continue;
			}
			later.append(" when ").append(segment).append(" = '").append(term.segment().name()).append("' and ")
				.append(month).append(" >= ").append(StatusWindows.literal(term.validFrom()));
			if (term.validTo() != null) {
				later.append(" and ").append(month).append(" < ").append(StatusWindows.literal(term.validTo()));
			}
			later.append(" then ").append(term.dueMonthsAfter());
		}
		// Every month due in the month itself: no case at all (a case needs a branch).
		String months = later.isEmpty() ? "0" : "case" + later + " else 0 end";
		return "cast(" + month + " + make_interval(months => " + months + ") + make_interval(days => " + (dueDay - 1)
				+ ") as date)";
	}

	/** The due day of the policy (1 to 28). */
	public int dueDay() {
		return coverage.policy().dueDay();
	}
}
