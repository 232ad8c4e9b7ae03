package id.desasadar.contribution;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code income_bracket}. */
@Entity
@Table(name = "income_bracket")
class IncomeBracketRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private long minIncome;

	private Long maxIncome;

	private long base;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String source;

	protected IncomeBracketRow() {
	}

	IncomeBracket toBracket() {
		return new IncomeBracket(segment, minIncome, maxIncome, base, new Validity(validFrom, validTo), source);
	}
}
