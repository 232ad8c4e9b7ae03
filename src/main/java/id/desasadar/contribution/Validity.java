package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a rule is in force: from {@code from} included to {@code to} excluded, or open-ended when
 * {@code to} is null. Excluding the end lets one rule end on the very day its successor starts.
 */
public record Validity(LocalDate from, LocalDate to) {

	public Validity {
		Objects.requireNonNull(from, "from");
		if (to != null && !to.isAfter(from)) {
			throw new IllegalArgumentException("validity ends " + to + ", not after its start " + from);
		}
	}

	public static Validity since(LocalDate from) {
		return new Validity(from, null);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && (to == null || date.isBefore(to));
	}

	/** Whether this period is over by {@code date}: it ended on it or before. */
	public boolean endsBefore(LocalDate date) {
		return to != null && !to.isAfter(date);
	}

	/** Whether some day lies in both periods. */
	public boolean overlaps(Validity other) {
		return (other.to == null || from.isBefore(other.to)) && (to == null || other.from.isBefore(to));
	}
}
