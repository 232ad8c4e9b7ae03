package id.desasadar.enrollment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.desasadar.contribution.Segment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The payment terms as stored rule data (V31): when each segment's contribution month falls due and the late fine,
 * and the discounts whose months paid at the full rate are credited (domain.md, PU contributions; PP 50/2025);
 * managers keep both on the rules page ({@link PaymentRules}).
 * A handful of rows, read at most once every {@link #MAX_AGE} (a payment is priced many times over when the demo
 * data or an import loads), like the contribution rules' {@code RecentRules}.
 */
@Component
class PaymentTerms {

	/**
	 * The term of a contribution month.
	 *
	 * @param dueMonthsAfter 0: due by the due day of the month itself (BPU); 1: of the following month (PU)
	 * @param lateFinePercent per month late, owed by an employer paying late
	 */
	record Term(Segment segment, int dueMonthsAfter, BigDecimal lateFinePercent, LocalDate validFrom, LocalDate validTo,
			String source) {

		boolean covers(YearMonth month) {
			LocalDate day = month.atDay(1);
			return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
		}
	}

	/**
	 * A discount whose months paid at the full rate before {@code inForceOn} are credited to later months: the
	 * contribution months from {@code validFrom} (included) to {@code validTo} (excluded, null: no end), V32.
	 */
	record Credit(String rule, LocalDate inForceOn, LocalDate validFrom, LocalDate validTo, String source) {

		/** Whether some of the {@code months} months from {@code first} lie in the credit's period. */
		boolean creditsSomeOf(YearMonth first, int months) {
			LocalDate start = first.atDay(1);
			LocalDate end = first.plusMonths(months).atDay(1);
			return (validTo == null || start.isBefore(validTo)) && validFrom.isBefore(end);
		}
	}

	/** The terms as when none is stored for a month: due in the month itself, no fine. */
	static final Term NONE = new Term(Segment.BPU, 0, BigDecimal.ZERO, LocalDate.MIN, null, "");

	static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(1);

	private record Snapshot(List<Term> terms, List<Credit> credits, long readAt) {
	}

	private final JdbcTemplate jdbc;
	private volatile Snapshot snapshot;

	PaymentTerms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Term> terms() {
		return fresh().terms();
	}

	List<Credit> credits() {
		return fresh().credits();
	}

	/** Reads the rows again at the next use: a manager changed them on the rules page (issue #17). */
	void forget() {
		snapshot = null;
	}

	private Snapshot fresh() {
		Snapshot current = snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > MAX_AGE.toNanos()) {
			current = new Snapshot(readTerms(), readCredits(), now);
			snapshot = current;
		}
		return current;
	}

	private List<Term> readTerms() {
		return jdbc.query("""
				select segment, due_months_after, late_fine_percent, valid_from, valid_to, source
				from payment_term order by segment, valid_from""",
				(rs, n) -> new Term(Segment.valueOf(rs.getString(1)), rs.getInt(2), rs.getBigDecimal(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)));
	}

	private List<Credit> readCredits() {
		return jdbc.query("select rule_code, in_force_on, valid_from, valid_to, source from contribution_credit"
				+ " order by in_force_on, valid_from",
				(rs, n) -> new Credit(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class), rs.getString(5)));
	}

	/**
	 * {@code base} for a worker of {@code segment}: each contribution month falls due by the term in force for it
	 * (PU: the following month), so that the status counts a month unpaid only once it is due.
	 */
	Coverage coverage(Coverage base, Segment segment) {
		List<Term> stored = terms();
		return base.withDueMonthsAfter(month -> termOf(stored, segment, month).dueMonthsAfter());
	}

	/** The term of {@code month} for the segment among {@code terms}, {@link #NONE} without one. */
	static Term termOf(List<Term> terms, Segment segment, YearMonth month) {
		return terms.stream().filter(t -> t.segment() == segment && t.covers(month)).findFirst().orElse(NONE);
	}
}
