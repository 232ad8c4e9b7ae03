package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.RuleViolationException;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A worker's participation in a set of programs, paid month by month: the aggregate that guards its own state
 * (issue #17, item 6). Paying, resuming after a lapse, ending and changing the programs or the payer are its
 * methods, each refusing what the state does not allow (domain.md, Payments and coverage status; Lapse and
 * return); the desk only finds the enrollment, prices the months and saves.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "worker_id")
	private long workerId;

	@Column(name = "enrolled_on")
	private LocalDate enrolledOn;

	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "agent_id")
	private Long agentId;

	@Enumerated(EnumType.STRING)
	private Payer payer;

	@Column(name = "sponsor_name")
	private String sponsorName;

	@Column(name = "monthly_contribution")
	private long monthlyContribution;

	@Column(name = "paid_through")
	private LocalDate paidThrough;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private EndReason endReason;

	@Column(name = "end_note")
	private String endNote;

	@Column(name = "ended_by")
	private String endedBy;

	@Column(name = "resumed_from")
	private LocalDate resumedFrom;

	@Column(name = "changed_from")
	private LocalDate changedFrom;

	private long credit;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "enrollment_program", joinColumns = @JoinColumn(name = "enrollment_id"))
	@Column(name = "program")
	@Enumerated(EnumType.STRING)
	private Set<Program> programs = EnumSet.noneOf(Program.class);

	protected Enrollment() {
	}

	Enrollment(long workerId, Set<Program> programs, LocalDate enrolledOn, Long eventId, Long agentId, Payer payer,
			String sponsorName, long monthlyContribution, String by, Instant now) {
		this.workerId = workerId;
		this.programs = EnumSet.copyOf(programs);
		this.enrolledOn = enrolledOn;
		this.eventId = eventId;
		this.agentId = agentId;
		this.payer = payer;
		this.sponsorName = sponsorName;
		this.monthlyContribution = monthlyContribution;
		this.createdBy = by;
		this.createdAt = now;
	}

	/** The first contribution month: the month of enrollment. */
	public YearMonth firstMonth() {
		return YearMonth.from(enrolledOn);
	}

	public YearMonth paidThroughMonth() {
		return paidThrough == null ? null : YearMonth.from(paidThrough);
	}

	public CoverageStatus status(Coverage coverage, LocalDate today) {
		return coverage.statusOf(paidThroughMonth(), endedOn != null && !endedOn.isAfter(today), today);
	}

	/** The months a payment covers run on from the last month paid, or from the first month. */
	YearMonth nextMonthDue(Coverage coverage) {
		return coverage.nextMonthDue(paidThroughMonth(), firstMonth());
	}

	/** Whether the enrollment was ended (on {@code endedOn}), whatever the day. */
	public boolean isEnded() {
		return endedOn != null;
	}

	/**
	 * Whether on {@code day} more months are unpaid than can be settled (domain.md: "after more than 3 consecutive
	 * unpaid months the participation ends"). Also true of an enrollment never paid (PENDING) whose first months
	 * are that far behind: its first payment, too, starts from the month paid rather than years back.
	 */
	public boolean lapsedOn(LocalDate day, Coverage coverage) {
		YearMonth lastPaid = nextMonthDue(coverage).minusMonths(1);
		return !isEnded() && coverage.monthsUnpaid(lastPaid, day) > coverage.policy().maxArrearsMonths();
	}

	/**
	 * The first month a payment made on {@code paidOn} covers: the next month due, so arrears are settled oldest
	 * first; or, once the participation lapsed and {@link LapsedReturn#PAYMENT} applies, the month of the payment
	 * itself (domain.md, Lapse and return: the months between stay unpaid and uncovered).
	 *
	 * @throws RuleViolationException {@code enrollment-ended}; {@code participation-lapsed} where a lapsed
	 *         participation comes back only through a new enrollment
	 */
	public YearMonth firstMonthPaidOn(LocalDate paidOn, Coverage coverage, LapsedReturn lapsedReturn) {
		if (status(coverage, paidOn) == CoverageStatus.ENDED) {
			throw new RuleViolationException("enrollment-ended", "payment.enrollment-ended");
		}
		YearMonth next = nextMonthDue(coverage);
		if (!lapsedOn(paidOn, coverage)) {
			return next;
		}
		if (lapsedReturn == LapsedReturn.NEW_ENROLLMENT) {
			throw new RuleViolationException("participation-lapsed", "payment.lapsed.new-enrollment", next.toString())
				.with("lapsedReturn", lapsedReturn.name());
		}
		return YearMonth.from(paidOn);
	}

	/**
	 * The first month a payment made on {@code day} would cover, as {@link #firstMonthPaidOn}; where no payment can
	 * be made (ended, or lapsed where only a new enrollment brings it back) the month after the last one paid.
	 */
	public YearMonth nextMonthToPay(LocalDate day, Coverage coverage, LapsedReturn lapsedReturn) {
		if (isEnded() || lapsedReturn == LapsedReturn.NEW_ENROLLMENT) {
			return nextMonthDue(coverage);
		}
		return lapsedOn(day, coverage) ? YearMonth.from(day) : nextMonthDue(coverage);
	}

	/**
	 * Records a payment priced from {@link #firstMonthPaidOn}: the enrollment is paid through its last month, a
	 * payment after a lapse starts a new run of paid months ({@link #getResumedFrom}), and the enrollment's credit
	 * becomes what the payment left.
	 */
	void paid(Payment payment, Coverage coverage, LapsedReturn lapsedReturn) {
		YearMonth first = firstMonthPaidOn(payment.getPaidOn(), coverage, lapsedReturn);
		if (!first.equals(payment.getFirstMonth())) {
			throw new IllegalStateException("payment starts " + payment.getFirstMonth() + ", the enrollment at " + first);
		}
		if (payment.getCreditUsed() != credit) {
			throw new IllegalStateException("payment uses a credit of " + payment.getCreditUsed() + ", the enrollment has " + credit);
		}
		if (!first.equals(nextMonthDue(coverage))) {
			resumedFrom = first.atDay(1);
		}
		paidThrough = payment.getLastMonth().atDay(1);
		credit = payment.getCreditLeft();
	}

	/**
	 * Ends the enrollment (api.md, Enrollment lifecycle): by a person with a reason, on a day from its enrollment
	 * to today. The worker can be enrolled again afterwards.
	 *
	 * @throws InvalidInputException {@code endedOn} outside that range, or a reason a person does not give
	 * @throws RuleViolationException {@code enrollment-ended} when it ended already
	 */
	void end(LocalDate on, EndReason reason, String note, String by, LocalDate today) {
		if (isEnded()) {
			throw new RuleViolationException("enrollment-ended", "enrollment.end.already", endedOn.toString());
		}
		if (on.isBefore(enrolledOn) || on.isAfter(today)) {
			throw new InvalidInputException("endedOn", "enrollment.end.ended-on.range", enrolledOn.toString());
		}
		this.endedOn = on;
		this.endReason = reason;
		this.endNote = note;
		this.endedBy = by;
	}

	/**
	 * Ends a lapsed enrollment that a new one replaces, where {@link LapsedReturn#NEW_ENROLLMENT} applies.
	 *
	 * @throws IllegalStateException when it is not lapsed on {@code today}
	 */
	void endForLapse(String by, LocalDate today, Coverage coverage) {
		if (isEnded() || !lapsedOn(today, coverage)) {
			throw new IllegalStateException("enrollment " + id + " is not lapsed");
		}
		end(today, EndReason.LAPSED, null, by, today);
	}

	/**
	 * Changes the programs or the payer (api.md, PUT /enrollments/{id}) from the next month to pay on {@code today}:
	 * the months paid already stay paid as they were; the programs must be open to the worker (the desk checks
	 * eligibility).
	 *
	 * @return the first month under the change
	 * @throws RuleViolationException {@code enrollment-ended} once ended
	 */
	YearMonth change(Set<Program> newPrograms, Payer newPayer, String newSponsor, Coverage coverage,
			LapsedReturn lapsedReturn, LocalDate today) {
		if (isEnded()) {
			throw new RuleViolationException("enrollment-ended", "enrollment.change.ended");
		}
		if (newPrograms.isEmpty()) {
			throw new InvalidInputException("programs", "problem.field.required");
		}
		YearMonth from = nextMonthToPay(today, coverage, lapsedReturn);
		if (!programs.equals(newPrograms) || payer != newPayer || !java.util.Objects.equals(sponsorName, newSponsor)) {
			this.programs = EnumSet.copyOf(newPrograms);
			this.payer = newPayer;
			this.sponsorName = newSponsor;
			this.changedFrom = from.atDay(1);
		}
		return from;
	}

	/**
	 * The first month of the current run of paid months: the month paid after a lapse, else the enrollment's first
	 * month. The months needed for the full death benefit (domain.md: 3 consecutive paid months) count from it.
	 */
	public YearMonth coveredSince() {
		return resumedFrom != null ? YearMonth.from(resumedFrom) : firstMonth();
	}

	/** For tests and the demo data: as if paid through {@code month}. */
	void paidThrough(YearMonth month) {
		this.paidThrough = month.atDay(1);
	}

	public Long getId() {
		return id;
	}

	public long getWorkerId() {
		return workerId;
	}

	public LocalDate getEnrolledOn() {
		return enrolledOn;
	}

	public Long getEventId() {
		return eventId;
	}

	/** The Perisai agent who recruited the participant, if any. */
	public Long getAgentId() {
		return agentId;
	}

	public Payer getPayer() {
		return payer;
	}

	public String getSponsorName() {
		return sponsorName;
	}

	public long getMonthlyContribution() {
		return monthlyContribution;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public EndReason getEndReason() {
		return endReason;
	}

	public String getEndNote() {
		return endNote;
	}

	public String getEndedBy() {
		return endedBy;
	}

	/** The month a payment after a lapse resumed the participation from; {@code null} if it never lapsed. */
	public YearMonth getResumedFrom() {
		return resumedFrom == null ? null : YearMonth.from(resumedFrom);
	}

	/** The first month under the programs and payer as last changed; {@code null} if never changed. */
	public YearMonth getChangedFrom() {
		return changedFrom == null ? null : YearMonth.from(changedFrom);
	}

	/** Rupiah paid beyond whole months, taken off the next payment (a PP 50/2025 credit). */
	public long getCredit() {
		return credit;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Set<Program> getPrograms() {
		return EnumSet.copyOf(programs);
	}

	public long getVersion() {
		return version;
	}
}
