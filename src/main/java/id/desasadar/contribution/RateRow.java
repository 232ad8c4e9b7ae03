package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code contribution_rate}. */
@Entity
@Table(name = "contribution_rate")
class RateRow {

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

	Rate toRate() {
		return new Rate(program, segment, riskClass, kind, percent, amount, new Validity(validFrom, validTo), source);
	}
}
