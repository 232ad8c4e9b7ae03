package id.desasadar.contribution;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of {@code contribution_rate}; one rate per program, segment and risk class at a time. */
@Entity
@Table(name = "contribution_rate")
class RateRow extends DatedRow<RateRow> {

	@Enumerated(EnumType.STRING)
	private Program program;

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private Integer riskClass;

	@Enumerated(EnumType.STRING)
	private RateKind kind;

	private BigDecimal percent;

	private Long amount;

	private String source;

	protected RateRow() {
	}

	/** A new row, from a rate already checked by its constructor. */
	RateRow(Rate rate) {
		super(rate.validity());
		this.program = rate.program();
		this.segment = rate.segment();
		this.riskClass = rate.riskClass();
		this.kind = rate.kind();
		this.percent = rate.percent();
		this.amount = rate.amount();
		this.source = rate.source();
	}

	Rate toRate() {
		return new Rate(program, segment, riskClass, kind, percent, amount, validity(), source);
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
