package id.desasadar.contribution;

import java.util.Objects;

/**
 * A line of the BPU nominal table: a declared income from {@code minIncome} to {@code maxIncome}
 * (both included, null for no upper end) pays on {@code base}.
 */
record IncomeBracket(Segment segment, long minIncome, Long maxIncome, long base, Validity validity, String source) {

	IncomeBracket {
		Objects.requireNonNull(segment);
		Objects.requireNonNull(validity);
		Objects.requireNonNull(source);
		if (minIncome < 0 || base < 0 || (maxIncome != null && maxIncome < minIncome)) {
			throw new IllegalArgumentException("bracket " + minIncome + ".." + maxIncome + " -> " + base);
		}
	}

	boolean holds(QuoteRequest request) {
		long income = request.monthlyIncome();
		return segment == request.segment() && validity.covers(request.date()) && income >= minIncome
				&& (maxIncome == null || income <= maxIncome);
	}
}
