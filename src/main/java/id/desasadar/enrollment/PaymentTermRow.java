package id.desasadar.enrollment;

import java.math.BigDecimal;

import id.desasadar.contribution.DatedRow;
import id.desasadar.contribution.RuleFields;
import id.desasadar.contribution.Segment;
import id.desasadar.contribution.Validity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of {@code payment_term} (V31): one term per segment at a time, each following the last. */
@Entity
@Table(name = "payment_term")
class PaymentTermRow extends DatedRow<PaymentTermRow> {

	@Enumerated(EnumType.STRING)
	private Segment segment;

	private short dueMonthsAfter;

	private BigDecimal lateFinePercent;

	private String source;

	protected PaymentTermRow() {
	}

	PaymentTermRow(Segment segment, int dueMonthsAfter, BigDecimal lateFinePercent, Validity validity, String source) {
		super(validity);
		this.segment = segment;
		this.dueMonthsAfter = (short) dueMonthsAfter;
		this.lateFinePercent = lateFinePercent;
		this.source = source;
	}

	Segment segment() {
		return segment;
	}

	int dueMonthsAfter() {
		return dueMonthsAfter;
	}

	/** 2 and 2.0000 (as numeric(7,4) reads back) are the same percentage. */
	BigDecimal lateFinePercent() {
		return RuleFields.plain(lateFinePercent);
	}

	String source() {
		return source;
	}

	@Override
	public boolean continues(PaymentTermRow other) {
		return segment == other.segment;
	}

	@Override
	public boolean competesWith(PaymentTermRow other) {
		return segment == other.segment;
	}
}
