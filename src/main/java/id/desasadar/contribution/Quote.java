package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

	/**
	 * What a rule saved, as the quote tells it: "PP 50/2025: 50% off JKK and JKM, Rp8,400".
	 *
	 * @param amount in whole Rupiah, positive
	 */
	public record Saving(String regulation, BigDecimal percent, List<Program> programs, long amount) {

		/** The programs as a sentence names them: "JKK dan JKM", "JKK, JKM dan JHT". */
		public String programList(String and) {
			List<String> names = programs.stream().map(Program::name).toList();
			return names.size() == 1 ? names.get(0)
					: String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
		}
	}

	/** Each program's contribution before any rule took something off, as a person first reads the quote. */
	public Map<Program, Long> fullAmounts() {
		Map<Program, Long> full = new EnumMap<>(Program.class);
		full.putAll(breakdown);
		adjustments.forEach(a -> full.merge(a.program(), -a.amount(), Long::sum));
		return Collections.unmodifiableMap(full);
	}

	/** The month's contribution before the savings. */
	public long fullContribution() {
		return fullAmounts().values().stream().mapToLong(Long::longValue).sum();
	}

	/** The adjustments of one regulation and percent together, programs in their order. */
	public List<Saving> savings() {
		Map<String, List<Adjustment>> byRule = new LinkedHashMap<>();
		adjustments.forEach(a -> byRule.computeIfAbsent(a.regulation() + " " + a.percent(), k -> new ArrayList<>()).add(a));
		return byRule.values().stream()
			.map(same -> new Saving(same.get(0).regulation(), same.get(0).percent(),
					same.stream().map(Adjustment::program).sorted().toList(),
					-same.stream().mapToLong(Adjustment::amount).sum()))
			.toList();
	}
}
