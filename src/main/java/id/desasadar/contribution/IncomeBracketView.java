package id.desasadar.contribution;

import java.time.LocalDate;

/** A line of the BPU nominal table as the rules page and {@code /api/v1/rules/income-brackets} show it. */
record IncomeBracketView(long id, Segment segment, long minIncome, Long maxIncome, long base, LocalDate validFrom,
		LocalDate validTo, String source, RuleStanding standing) {

	static IncomeBracketView of(IncomeBracketRow row, LocalDate today) {
		IncomeBracket bracket = row.toBracket();
		return new IncomeBracketView(row.id(), bracket.segment(), bracket.minIncome(), bracket.maxIncome(),
				bracket.base(), bracket.validity().from(), bracket.validity().to(), bracket.source(),
				RuleStanding.of(bracket.validity(), today));
	}
}
