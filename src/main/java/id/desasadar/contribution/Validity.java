package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a rule is in force: from {@code from} included to {@code to} excluded, or open-ended when
 * {@code to} is null. Excluding the end lets one rule end on the very day its successor starts.
 */
record Validity(LocalDate from, LocalDate to) {

	Validity {
		Objects.requireNonNull(from, "from");
		if (to != null && !to.isAfter(from)) {
			throw new IllegalArgumentException("validity ends " + to + ", not after its start " + from);
		}
	}

	static Validity since(LocalDate from) {
		return new Validity(from, null);
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(from) && (to == null || date.isBefore(to));
	}

	/** Whether this period is over by {@code date}: it ended on it or before. */
	boolean endsBefore(LocalDate date) {
		return to != null && !to.isAfter(date);
	}
}
