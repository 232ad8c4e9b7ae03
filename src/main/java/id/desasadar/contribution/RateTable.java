package id.desasadar.contribution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.desasadar.support.InvalidInputException;
import id.desasadar.support.RuleViolationException;

/**
 * The contribution rules as stored (rates, BPU income brackets, discounts, wage caps), each with its
 * period of validity; it quotes any date from them. Immutable, and without a database, so that the rules
 * can be tested in microseconds with the same rows as the seed migration.
 */
final class RateTable {

	static final String INCOME_BRACKET_UNKNOWN = "income-bracket-unknown";
	static final String WAGE_CAP_UNKNOWN = "wage-cap-unknown";

	private final List<Rate> rates;
	private final List<IncomeBracket> brackets;
	private final List<Discount> discounts;
	private final List<WageCap> caps;

	RateTable(List<Rate> rates, List<IncomeBracket> brackets, List<Discount> discounts, List<WageCap> caps) {
		this.rates = List.copyOf(rates);
		this.brackets = List.copyOf(brackets);
		this.discounts = List.copyOf(discounts);
		this.caps = List.copyOf(caps);
	}

	Quote quote(QuoteRequest request) {
		QuoteInputCheck.requireComplete(request);
		Set<String> warnings = new LinkedHashSet<>();
		long base = incomeBase(request, warnings);
		Map<Program, Long> breakdown = new EnumMap<>(Program.class);
		List<Adjustment> adjustments = new ArrayList<>();
		for (Program program : request.programs()) {
			long due = rateFor(program, request).contributionOn(cappedBase(program, base, request, warnings));
			Optional<Discount> discount = discountFor(program, request);
			if (discount.isPresent()) {
				long off = Rupiah.percentOf(due, discount.get().percent());
				adjustments.add(new Adjustment(program, discount.get().rule(), -off));
				due -= off;
			}
			breakdown.put(program, due);
		}
		long total = breakdown.values().stream().mapToLong(Long::longValue).sum();
		return new Quote(request.date(), base, total, breakdown, adjustments, List.copyOf(warnings));
	}

	/**
	 * The sum of the monthly contributions for {@code months} contribution months from {@code firstMonth},
	 * each quoted at its first day: rates and discounts go by contribution month, not by payment day.
	 */
	long amountDue(QuoteRequest request, YearMonth firstMonth, int months) {
		if (months < 1) {
			throw new InvalidInputException("months", "contribution.input.months.invalid");
		}
		long due = 0;
		for (int i = 0; i < months; i++) {
			due += quote(request.on(firstMonth.plusMonths(i).atDay(1))).monthlyContribution();
		}
		return due;
	}

	/**
	 * A PU pays on the wage. A BPU pays on the base of the bracket the declared income falls in; most
	 * brackets are not known yet, so outside the known ones the income itself is the base, with a warning.
	 */
	private long incomeBase(QuoteRequest request, Set<String> warnings) {
		if (request.segment() == Segment.PU) {
			return request.monthlyIncome();
		}
		List<IncomeBracket> holding = brackets.stream().filter(b -> b.holds(request)).toList();
		if (holding.size() > 1) {
			throw new IllegalStateException("income brackets overlap: " + holding);
		}
		if (holding.isEmpty()) {
			warnings.add(INCOME_BRACKET_UNKNOWN);
			return request.monthlyIncome();
		}
		return holding.get(0).base();
	}

	/** Where a program has caps but none for this day (JP before 2024), the wage stays uncapped, with a warning. */
	private long cappedBase(Program program, long base, QuoteRequest request, Set<String> warnings) {
		List<WageCap> ofProgram = caps.stream().filter(c -> c.program() == program).toList();
		List<WageCap> inForce = ofProgram.stream().filter(c -> c.validity().covers(request.date())).toList();
		if (inForce.size() > 1) {
			throw new IllegalStateException("wage caps overlap: " + inForce);
		}
		if (inForce.isEmpty()) {
			if (!ofProgram.isEmpty()) {
				warnings.add(WAGE_CAP_UNKNOWN);
			}
			return base;
		}
		return Math.min(base, inForce.get(0).cap());
	}

	/** A rate for the risk class wins over one for any class; two equally specific rates are a data error. */
	private Rate rateFor(Program program, QuoteRequest request) {
		List<Rate> applying = rates.stream().filter(r -> r.appliesTo(program, request)).toList();
		List<Rate> specific = applying.stream().filter(r -> r.riskClass() != null).toList();
		List<Rate> candidates = specific.isEmpty() ? applying : specific;
		if (candidates.isEmpty()) {
			throw new RuleViolationException("rate-unknown", "contribution.rule.rate-unknown", program.name(),
					request.segment().name(), request.date().toString());
		}
		if (candidates.size() > 1) {
			throw new IllegalStateException("rates overlap: " + candidates);
		}
		return candidates.get(0);
	}

	/**
	 * Only PP 50/2025 is known, and nothing says how two discounts would combine: a program gets at most
	 * one, the most favourable to the participant.
	 */
	private Optional<Discount> discountFor(Program program, QuoteRequest request) {
		return discounts.stream().filter(d -> d.appliesTo(program, request)).max(Comparator.comparing(Discount::percent));
	}

	List<Rate> rates() {
		return rates;
	}

	List<IncomeBracket> brackets() {
		return brackets;
	}

	List<Discount> discounts() {
		return discounts;
	}

	List<WageCap> caps() {
		return caps;
	}
}
