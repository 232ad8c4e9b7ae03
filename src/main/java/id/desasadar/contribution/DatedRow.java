package id.desasadar.contribution;

import java.time.LocalDate;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored rule with its period in the columns {@code valid_from} (included) and {@code valid_to} (excluded, null:
 * no end), as every rule table but the discounts' (months) has it. Public, for the agents' fee schemes.
 */
@MappedSuperclass
public abstract class DatedRow<R> implements KeptRule<R> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected DatedRow() {
	}

	protected DatedRow(Validity validity) {
		this.validFrom = validity.from();
		this.validTo = validity.to();
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
}
