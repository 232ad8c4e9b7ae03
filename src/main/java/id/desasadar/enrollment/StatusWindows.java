package id.desasadar.enrollment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import id.desasadar.contribution.Segment;

/**
 * The coverage statuses of one day as windows on the month an open enrollment is paid through, per segment, and
 * the SQL conditions that select them (issue #20: the status windows written once). A PU worker's month falls due
 * by the 15th of the following month, a BPU worker's by the 15th of the month itself (domain.md, PU contributions),
 * so on one day each segment has its own boundaries. Queries that count or list statuses on a stored
 * {@code paid_through} (the first day of the month paid through) take their conditions from here; no other class
 * writes a comparison on {@code paid_through}, which {@code StatusWindowsOwnershipTest} checks.
 * <p>
 * The conditions carry the boundary dates as literals: they are dates this class computed, never input, and every
 * connection plans its statements with their values anyway (plan_cache_mode=force_custom_plan), so the snippet
 * fits a positional and a named-parameter query alike.
 *
 * @param bySegment the window of each segment
 */
public record StatusWindows(Map<Segment, Window> bySegment) {

	/**
	 * One segment's window, {@link Coverage#statusOf} on {@code today} as bounds on the month paid through: from
	 * {@code activeFrom} ACTIVE, from {@code arrearsFrom} to before it ARREARS, before {@code arrearsFrom} LAPSED.
	 *
	 * @param lastMonthDue {@link Coverage#lastMonthDue}: the months unpaid are those after the one paid through up to it
	 */
	public record Window(YearMonth lastMonthDue, LocalDate activeFrom, LocalDate arrearsFrom) {

		static Window of(Coverage coverage, LocalDate today) {
			Coverage.StatusBounds bounds = coverage.statusBounds(today);
			return new Window(coverage.lastMonthDue(today), bounds.activeFrom(), bounds.arrearsFrom());
		}

		/** The status of an open enrollment paid through {@code paidThrough} (null: nothing paid), as the SQL selects it. */
		public CoverageStatus statusOf(YearMonth paidThrough) {
			if (paidThrough == null) {
				return CoverageStatus.PENDING;
			}
			LocalDate month = paidThrough.atDay(1);
			if (!month.isBefore(activeFrom)) {
				return CoverageStatus.ACTIVE;
			}
			return month.isBefore(arrearsFrom) ? CoverageStatus.LAPSED : CoverageStatus.ARREARS;
		}

		/** The months unpaid after {@code paidThrough}, as {@link StatusWindows#monthsUnpaid} computes them. */
		public int monthsUnpaid(YearMonth paidThrough) {
			int months = (lastMonthDue.getYear() - paidThrough.getYear()) * 12
					+ (lastMonthDue.getMonthValue() - paidThrough.getMonthValue());
			return Math.max(0, months);
		}
	}

	public StatusWindows {
		bySegment = Map.copyOf(bySegment);
		for (Segment segment : Segment.values()) {
			Objects.requireNonNull(bySegment.get(segment), () -> "no window for " + segment);
		}
	}

	/** The windows of {@code today}, each segment's from its coverage. */
	static StatusWindows of(Function<Segment, Coverage> coverageOf, LocalDate today) {
		Map<Segment, Window> windows = new EnumMap<>(Segment.class);
		for (Segment segment : Segment.values()) {
			windows.put(segment, Window.of(coverageOf.apply(segment), today));
		}
		return new StatusWindows(windows);
	}

	public Window of(Segment segment) {
		return bySegment.get(segment);
	}

	/**
	 * The SQL condition that an open enrollment has {@code status} (PENDING, ACTIVE, ARREARS or LAPSED; an ended
	 * enrollment is not counted by the month paid through).
	 *
	 * @param paidThrough the column of the month paid through, e.g. {@code e.paid_through}
	 * @param segment the column of the worker's segment, e.g. {@code w.segment}
	 */
	public String is(CoverageStatus status, String paidThrough, String segment) {
		return switch (status) {
			case PENDING -> paidThrough + " is null";
			case ACTIVE -> perSegment(segment, w -> paidThrough + " >= " + literal(w.activeFrom()));
			case ARREARS -> perSegment(segment, w -> paidThrough + " >= " + literal(w.arrearsFrom()) + " and "
					+ paidThrough + " < " + literal(w.activeFrom()));
			case LAPSED -> perSegment(segment, w -> paidThrough + " < " + literal(w.arrearsFrom()));
			case ENDED -> throw new IllegalArgumentException("an ended enrollment has no window on the month paid through");
		};
	}

	/** The SQL condition that an open enrollment owes at least one month: ARREARS or LAPSED. */
	public String unpaid(String paidThrough, String segment) {
		return perSegment(segment, w -> paidThrough + " < " + literal(w.activeFrom()));
	}

	/**
	 * The SQL expression of the months unpaid after the month paid through, up to its segment's last month due
	 * ({@link Window#monthsUnpaid}; negative when paid ahead, so only for enrollments that owe months).
	 */
	public String monthsUnpaid(String paidThrough, String segment) {
		StringBuilder lastDue = new StringBuilder("case");
		for (Segment each : Segment.values()) {
			lastDue.append(" when ").append(segment).append(" = '").append(each.name()).append("' then ")
				.append(literal(of(each).lastMonthDue().atDay(1)));
		}
		lastDue.append(" end");
		return "((extract(year from " + lastDue + ") - extract(year from " + paidThrough + ")) * 12"
				+ " + extract(month from " + lastDue + ") - extract(month from " + paidThrough + "))::int";
	}

	/** One condition when every segment has the same window; otherwise one per segment, OR-ed. */
	private String perSegment(String segment, Function<Window, String> condition) {
		List<Window> distinct = bySegment.values().stream().distinct().toList();
		if (distinct.size() == 1) {
			return "(" + condition.apply(distinct.get(0)) + ")";
		}
		StringBuilder sql = new StringBuilder("(");
		for (Segment each : Segment.values()) {
			sql.append(sql.length() == 1 ? "" : " or ").append("(").append(segment).append(" = '").append(each.name())
				.append("' and ").append(condition.apply(of(each))).append(")");
		}
		return sql.append(")").toString();
	}

	static String literal(LocalDate day) {
		return "date '" + day + "'";
	}
}
