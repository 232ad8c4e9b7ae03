package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A percentage off some programs' contributions for the contribution months from {@code firstMonth} to
 * {@code lastMonth} (both included), such as PP 50/2025's 50% off BPU JKK and JKM.
 *
 * @param rule the code shown on the quote's adjustment, e.g. {@code PP-50-2025}
 * @param publicBudgetExcluded true when contributions paid from APBN/APBD do not get it
 */
record Discount(String rule, Segment segment, Set<Program> programs, SectorScope sectorScope, Set<Sector> sectors,
		YearMonth firstMonth, YearMonth lastMonth, BigDecimal percent, boolean publicBudgetExcluded, String source) {

	Discount {
		Objects.requireNonNull(rule);
		Objects.requireNonNull(segment);
		Objects.requireNonNull(sectorScope);
		Objects.requireNonNull(source);
		// 50 and 50.0000 (as numeric(7,4) reads back) are the same discount
		percent = percent.stripTrailingZeros();
		programs = Collections.unmodifiableSet(EnumSet.copyOf(programs));
		sectors = Collections.unmodifiableSet(sectors.isEmpty() ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(sectors));
		if (lastMonth.isBefore(firstMonth)) {
			throw new IllegalArgumentException(rule + " ends " + lastMonth + " before it starts " + firstMonth);
		}
		if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException(rule + " takes off " + percent + "%");
		}
		if ((sectorScope == SectorScope.ALL) != sectors.isEmpty()) {
			throw new IllegalArgumentException(rule + ": sectors must be listed for ONLY and EXCEPT, and only for them");
		}
	}

	/** Whether the contribution to this program in the request's contribution month gets the discount. */
	boolean appliesTo(Program program, QuoteRequest request) {
		YearMonth month = YearMonth.from(request.date());
		return segment == request.segment() && programs.contains(program)
				&& !month.isBefore(firstMonth) && !month.isAfter(lastMonth)
				&& coversSector(request.sector())
				&& !(publicBudgetExcluded && request.payer().paysFromPublicBudget());
	}

	/** Every sector the discount is for. */
	Set<Sector> coveredSectors() {
		Set<Sector> covered = EnumSet.noneOf(Sector.class);
		for (Sector sector : Sector.values()) {
			if (coversSector(sector)) {
				covered.add(sector);
			}
		}
		return covered;
	}

	private boolean coversSector(Sector sector) {
		return switch (sectorScope) {
			case ALL -> true;
			case ONLY -> sectors.contains(sector);
			case EXCEPT -> !sectors.contains(sector);
		};
	}
}
