package id.desasadar.contribution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The contribution rules as plain data, every row of every period: what a page sends to the booth's script so that
 * the quote it shows offline (static/js/quote.js) is the one the server makes for that date, from the same rows
 * ({@link RateTable} is the rule; the script is its copy, and {@code OfflineQuoteBrowserTest} compares the two over
 * a grid of cases). Percentages are text ({@code "0.24"}), exactly as stored; validity ends are excluded, as in
 * {@link Validity}; months are the first day of the month.
 */
public record RuleBook(List<RateRule> rates, List<BracketRule> brackets, List<DiscountRule> discounts,
		List<CapRule> caps, List<Payer> publicBudgetPayers, List<Program> programOrder) {

	public record RateRule(Program program, Segment segment, Integer riskClass, String kind, String percent,
			Long amount, LocalDate validFrom, LocalDate validTo) {
	}

	public record BracketRule(Segment segment, long minIncome, Long maxIncome, long base, LocalDate validFrom,
			LocalDate validTo) {
	}

	/** @param regulation the rule as people name it ({@link Adjustment#regulation()}), for the quote's saving line */
	public record DiscountRule(String rule, String regulation, Segment segment, List<Program> programs, String sectorScope,
			List<Sector> sectors, LocalDate firstMonth, LocalDate lastMonth, String percent, boolean publicBudgetExcluded) {
	}

	public record CapRule(Program program, long cap, LocalDate validFrom, LocalDate validTo) {
	}

	static RuleBook of(RateTable table) {
		return new RuleBook(
				table.rates().stream().map(r -> new RateRule(r.program(), r.segment(), r.riskClass(), r.kind().name(),
						r.percent() == null ? null : r.percent().toPlainString(), r.amount(), r.validity().from(),
						r.validity().to())).toList(),
				table.brackets().stream().map(b -> new BracketRule(b.segment(), b.minIncome(), b.maxIncome(), b.base(),
						b.validity().from(), b.validity().to())).toList(),
				table.discounts().stream().map(d -> new DiscountRule(d.rule(), Adjustment.regulationOf(d.rule()), d.segment(), List.copyOf(d.programs()),
						d.sectorScope().name(), List.copyOf(d.sectors()), d.firstMonth().atDay(1), d.lastMonth().atDay(1),
						d.percent().toPlainString(), d.publicBudgetExcluded())).toList(),
				table.caps().stream().map(c -> new CapRule(c.program(), c.cap(), c.validity().from(), c.validity().to()))
					.toList(),
				Arrays.stream(Payer.values()).filter(Payer::paysFromPublicBudget).toList(),
				List.of(Program.values()));
	}
}
