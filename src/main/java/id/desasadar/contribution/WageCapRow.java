package id.desasadar.contribution;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code wage_cap}. */
@Entity
@Table(name = "wage_cap")
class WageCapRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Program program;

	private long cap;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String source;

	protected WageCapRow() {
	}

	WageCap toWageCap() {
		return new WageCap(program, cap, new Validity(validFrom, validTo), source);
	}
}
