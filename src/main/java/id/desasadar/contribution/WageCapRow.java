package id.desasadar.contribution;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code wage_cap}; one cap per program at a time, each year's following the last. */
@Entity
@Table(name = "wage_cap")
class WageCapRow implements KeptRule<WageCapRow> {

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

	WageCapRow(WageCap wageCap) {
		this.program = wageCap.program();
		this.cap = wageCap.cap();
		this.validFrom = wageCap.validity().from();
		this.validTo = wageCap.validity().to();
		this.source = wageCap.source();
	}

	WageCap toWageCap() {
		return new WageCap(program, cap, validity(), source);
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
	public boolean continues(WageCapRow other) {
		return program == other.program;
	}

	@Override
	public boolean competesWith(WageCapRow other) {
		return program == other.program;
	}
}
