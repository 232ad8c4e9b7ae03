package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * A discount as the rules page and {@code /api/v1/rules/discounts} show it: its contribution months
 * {@code firstMonth} to {@code lastMonth}, and the same period as every rule gives it, {@code validFrom} to
 * {@code validTo} (the first day after the last month).
 */
record DiscountView(long id, String rule, Segment segment, Set<Program> programs, SectorScope sectorScope,
		Set<Sector> sectors, BigDecimal percent, boolean publicBudgetExcluded, YearMonth firstMonth, YearMonth lastMonth,
		LocalDate validFrom, LocalDate validTo, String source, RuleStanding standing) {

	static DiscountView of(DiscountRow row, LocalDate today) {
		Discount discount = row.toDiscount();
		Validity validity = row.validity();
		return new DiscountView(row.id(), discount.rule(), discount.segment(), discount.programs(),
				discount.sectorScope(), discount.sectors(), RuleFields.plain(discount.percent()), discount.publicBudgetExcluded(),
				discount.firstMonth(), discount.lastMonth(), validity.from(), validity.to(), discount.source(),
				RuleStanding.of(validity, today));
	}
}
