package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a monthly contribution depends on.
 *
 * @param date the day the contribution is for; discounts go by its month (the contribution month)
 * @param monthlyIncome the BPU's declared income or the PU's wage, in whole Rupiah
 * @param programs the programs chosen, kept in program order
 * @param sector decides discounts by sector
 * @param payer decides discounts excluded for APBN/APBD
 * @param employerSize required for PU, ignored for BPU
 * @param riskClass 1 to 5, required for a PU quote with JKK, ignored otherwise
 */
public record QuoteRequest(LocalDate date, Segment segment, long monthlyIncome, Set<Program> programs, Sector sector,
		Payer payer, EmployerSize employerSize, Integer riskClass) {

	public QuoteRequest {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(segment, "segment");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(payer, "payer");
		Objects.requireNonNull(programs, "programs");
		programs = Collections.unmodifiableSet(programs.isEmpty()
				? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs));
	}

	/** The same request for another day, as when quoting month after month. */
	public QuoteRequest on(LocalDate otherDate) {
		return new QuoteRequest(otherDate, segment, monthlyIncome, programs, sector, payer, employerSize, riskClass);
	}
}
