package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One month's contribution.
 *
 * @param incomeBase what the percentages apply to: the BPU bracket's base, or the PU wage
 * @param monthlyContribution the sum of the breakdown, in whole Rupiah
 * @param breakdown per program, after adjustments, in program order
 * @param adjustments what rules changed, already included in the breakdown
 * @param warnings codes of what the quote had to guess, e.g. {@code income-bracket-unknown}
 */
public record Quote(LocalDate date, long incomeBase, long monthlyContribution, Map<Program, Long> breakdown,
		List<Adjustment> adjustments, List<String> warnings) {

	public Quote {
		// an EnumMap, not Map.copyOf, so that the JSON lists programs in their order
		breakdown = breakdown.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(breakdown));
		adjustments = List.copyOf(adjustments);
		warnings = List.copyOf(warnings);
		long sum = breakdown.values().stream().mapToLong(Long::longValue).sum();
		if (sum != monthlyContribution) {
			throw new IllegalArgumentException("breakdown sums to " + sum + ", not " + monthlyContribution);
		}
	}
}
