package id.desasadar.contribution;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The monthly contribution to one program for one segment during a period.
 *
 * @param riskClass 1 to 5 for a rate that depends on the work's risk (PU JKK), null when it does not
 * @param percent for {@link RateKind#PERCENT_OF_BASE}, e.g. 0.24 for 0.24%
 * @param amount for {@link RateKind#FLAT}, in whole Rupiah
 * @param source the regulation the rate comes from, with its confidence
 */
record Rate(Program program, Segment segment, Integer riskClass, RateKind kind, BigDecimal percent, Long amount,
		Validity validity, String source) {

	Rate {
		Objects.requireNonNull(program);
		Objects.requireNonNull(segment);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(validity);
		Objects.requireNonNull(source);
		// 1 and 1.0000 (as numeric(7,4) reads back) are the same rate
		percent = percent == null ? null : percent.stripTrailingZeros();
		boolean percentOfBase = kind == RateKind.PERCENT_OF_BASE && percent != null && percent.signum() >= 0 && amount == null;
		boolean flat = kind == RateKind.FLAT && amount != null && amount >= 0 && percent == null;
		if (!percentOfBase && !flat) {
			throw new IllegalArgumentException("a " + kind + " rate needs exactly its own non-negative value");
		}
	}

	static Rate percent(Program program, Segment segment, Integer riskClass, String percent, Validity validity, String source) {
		return new Rate(program, segment, riskClass, RateKind.PERCENT_OF_BASE, new BigDecimal(percent), null, validity, source);
	}

	static Rate flat(Program program, Segment segment, long amount, Validity validity, String source) {
		return new Rate(program, segment, null, RateKind.FLAT, null, amount, validity, source);
	}

	/** Whether this is the rate for a quote of this program, segment, risk class and day. */
	boolean appliesTo(Program program, QuoteRequest request) {
		return this.program == program && segment == request.segment() && validity.covers(request.date())
				&& (riskClass == null || riskClass.equals(request.riskClass()));
	}

	long contributionOn(long base) {
		return kind == RateKind.FLAT ? amount : Rupiah.percentOf(base, percent);
	}
}
