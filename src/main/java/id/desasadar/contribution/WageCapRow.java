package id.desasadar.contribution;


import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of {@code wage_cap}; one cap per program at a time, each year's following the last. */
@Entity
@Table(name = "wage_cap")
class WageCapRow extends DatedRow<WageCapRow> {

	@Enumerated(EnumType.STRING)
	private Program program;

	private long cap;

	private String source;

	protected WageCapRow() {
	}

	WageCapRow(WageCap wageCap) {
		super(wageCap.validity());
		this.program = wageCap.program();
		this.cap = wageCap.cap();
		this.source = wageCap.source();
	}

	WageCap toWageCap() {
		return new WageCap(program, cap, validity(), source);
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
