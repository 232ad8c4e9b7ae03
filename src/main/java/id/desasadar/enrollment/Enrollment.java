package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;

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

/** A worker's participation in a set of programs, paid month by month. */
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
