package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code contribution_rate}; one rate per program, segment and risk class at a time. */
@Entity
@Table(name = "contribution_rate")
class RateRow implements KeptRule<RateRow> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Program program;

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private Integer riskClass;

	@Enumerated(EnumType.STRING)
	private RateKind kind;

	private BigDecimal percent;

	private Long amount;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String source;

	protected RateRow() {
	}

	/** A new row, from a rate already checked by its constructor. */
	RateRow(Rate rate) {
		this.program = rate.program();
		this.segment = rate.segment();
		this.riskClass = rate.riskClass();
		this.kind = rate.kind();
		this.percent = rate.percent();
		this.amount = rate.amount();
		this.validFrom = rate.validity().from();
		this.validTo = rate.validity().to();
		this.source = rate.source();
	}

	Rate toRate() {
		return new Rate(program, segment, riskClass, kind, percent, amount, validity(), source);
	}

	@Override
	public Long id() {
		return id;
	}

	@Override
	public Validity validity() {
		return new Validity(validFrom, validTo);
	}

	@Override
	public void end(LocalDate on) {
		this.validTo = new Validity(validFrom, on).to();
	}

	@Override
	public boolean continues(RateRow other) {
		return program == other.program && segment == other.segment && Objects.equals(riskClass, other.riskClass);
	}

	/** The quote takes the rate of the risk class over one of no class, so only the same class competes. */
	@Override
	public boolean competesWith(RateRow other) {
		return continues(other);
	}
}
