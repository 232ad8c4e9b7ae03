package id.desasadar.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.desasadar.support.FieldChecks;

/**
 * A discount as the rules page and {@code POST /api/v1/rules/discounts} send it: {@code percent} off the
 * {@code programs} of a {@code segment} for the contribution months from {@code validFrom} to the month before
 * {@code validTo} (required: a discount is temporary), for the sectors of {@code sectorScope} (ALL; ONLY or EXCEPT
 * the {@code sectors} listed), not given when APBN/APBD pays if {@code publicBudgetExcluded}.
 */
record DiscountRequest(String rule, String segment, List<String> programs, String sectorScope, List<String> sectors,
		String percent, String publicBudgetExcluded, String validFrom, String validTo, String source,
		String replaces) {

	static DiscountRequest blank() {
		return new DiscountRequest("", "", List.of(), "", List.of(), "", "", "", "", "", "");
	}

	DiscountRow toRow(RuleKeeper<DiscountRow> keeper) {
		FieldChecks checks = new FieldChecks();
		String code = checks.text("rule", rule, 40, true);
		if (code != null && !code.matches("[A-Za-z0-9./-]+")) {
			checks.add("rule", "rules.change.rule-code");
		}
		Segment checkedSegment = checks.choice("segment", segment, Segment.class, true);
		Set<Program> checkedPrograms = RuleFields.choices("programs", programs, Program.class, true, checks);
		SectorScope scope = checks.choice("sectorScope", sectorScope, SectorScope.class, true);
		Set<Sector> checkedSectors = RuleFields.choices("sectors", sectors, Sector.class, false, checks);
		if (scope == SectorScope.ALL && !checkedSectors.isEmpty()) {
			checks.add("sectors", "rules.change.sectors.none-for-all");
		}
		if (scope != null && scope != SectorScope.ALL && checkedSectors.isEmpty() && checks.ok("sectors")) {
			checks.add("sectors", "rules.change.sectors.required");
		}
		BigDecimal checkedPercent = RuleFields.percent("percent", percent, true, false, checks);
		Boolean excluded = flag(publicBudgetExcluded, checks);
		LocalDate from = RuleKeeper.firstDay("validFrom", validFrom, true, checks);
		LocalDate to = RuleKeeper.firstDay("validTo", validTo, true, checks);
		keeper.checkNewPeriod(from, to, checks);
		String checkedSource = RuleFields.source(source, checks);
		checks.throwIfAny();
		return new DiscountRow(new Discount(code.toUpperCase(Locale.ROOT), checkedSegment, checkedPrograms, scope,
				checkedSectors, YearMonth.from(from), YearMonth.from(to).minusMonths(1), checkedPercent, excluded,
				checkedSource));
	}

	Long replacedId() {
		FieldChecks checks = new FieldChecks();
		Long id = RuleFields.replaces(replaces, checks);
		checks.throwIfAny();
		return id;
	}

	/** A checkbox sends {@code true} (or {@code on}) when ticked and nothing otherwise; JSON a boolean. */
	private static Boolean flag(String value, FieldChecks checks) {
		String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		return switch (text) {
			case "", "false" -> false;
			case "true", "on" -> true;
			default -> {
				checks.add("publicBudgetExcluded", "rules.change.flag");
				yield false;
			}
		};
	}
}
