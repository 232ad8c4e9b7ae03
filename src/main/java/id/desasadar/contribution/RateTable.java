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
 * can be tested in microseconds with the same rows as the seed migrations.
 * <p>
 * The algorithm, exactly, so that another copy of it (the booth's offline quote) can follow it. A row is in
 * force on a day when {@code validFrom <= day < validTo} ({@code validTo} null: no end); a discount when the
 * day's month lies from its {@code firstMonth} to its {@code lastMonth}, both included. All amounts are whole
 * Rupiah; "p% of x" is {@code x * p / 100} rounded half up to the Rupiah ({@link Rupiah#percentOf}).
 * <ol>
 * <li><b>Income base.</b> PU: the wage. BPU: of the brackets of the segment in force on the day, the one whose
 * {@code minIncome <= income <= maxIncome} ({@code maxIncome} null: no upper edge) gives its {@code base}.
 * Where none holds the income: without any bracket in force, the income itself, warning
 * {@value #INCOME_BRACKET_UNKNOWN}; above every bracket in force, the base of the top bracket (the one with the
 * highest {@code minIncome}), no warning; between two brackets (a middle bracket not known yet), the income
 * itself but never more than the top bracket's base, warning {@value #INCOME_BRACKET_UNKNOWN}. Since the top
 * bracket (Rp20,700,000 and up) is open-ended, no BPU base exceeds Rp20,700,000.</li>
 * <li><b>Each program chosen</b>, in program order (JKK, JKM, JHT, JP):
 * <ol>
 * <li>the rate: of the rates of the program and segment in force on the day, one of the request's risk class
 * wins over one of no class; none is {@code 422 rate-unknown}; two equally specific ones are a data error (the
 * rules page refuses them);</li>
 * <li>the program's base: the income base, at most the program's wage cap in force on the day (JP). A
 * program with caps but none in force uses the latest cap that ended before the day, or, before the first
 * cap, the whole base; both with the warning {@value #WAGE_CAP_UNKNOWN}. Programs without caps: the base;</li>
 * <li>the contribution: a {@code FLAT} rate's amount, or a {@code PERCENT_OF_BASE} rate's percent of the
 * program's base;</li>
 * <li>the discount: of the discounts of the segment that list the program, are in force in the day's month,
 * cover the sector (ALL; ONLY the sectors listed; EXCEPT those listed) and are not excluded for the payer
 * ({@code publicBudgetExcluded} and a payer REGIONAL_BUDGET or STATE_BUDGET), the one with the highest percent
 * (the rules page refuses overlapping discounts, so there is at most one): its percent of the contribution is
 * taken off and listed as an adjustment {@code (program, rule, -off)}.</li>
 * </ol></li>
 * <li><b>The month's contribution</b> is the sum of the programs' contributions after discounts.</li>
 * </ol>
 * Several months ({@link #amountDue}) are the sum of each month quoted on its first day.
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
				adjustments.add(new Adjustment(program, discount.get().rule(), -off, discount.get().percent()));
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

	/** Step 1 of the class comment: the wage, or the base of the income's BPU bracket. */
	private long incomeBase(QuoteRequest request, Set<String> warnings) {
		if (request.segment() == Segment.PU) {
			return request.monthlyIncome();
		}
		List<IncomeBracket> inForce = brackets.stream()
				.filter(b -> b.segment() == request.segment() && b.validity().covers(request.date())).toList();
		List<IncomeBracket> holding = inForce.stream().filter(b -> b.holds(request)).toList();
		if (holding.size() > 1) {
			throw new IllegalStateException("income brackets overlap: " + holding);
		}
		if (!holding.isEmpty()) {
			return holding.get(0).base();
		}
		Optional<IncomeBracket> top = inForce.stream().max(Comparator.comparingLong(IncomeBracket::minIncome));
		if (top.isEmpty()) {
			warnings.add(INCOME_BRACKET_UNKNOWN);
			return request.monthlyIncome();
		}
		if (inForce.stream().allMatch(b -> b.maxIncome() != null && request.monthlyIncome() > b.maxIncome())) {
			return top.get().base();
		}
		warnings.add(INCOME_BRACKET_UNKNOWN);
		return Math.min(request.monthlyIncome(), top.get().base());
	}

	/**
	 * Step 2b: the cap in force; past the last known cap (a new one is set each March), the latest one, and
	 * before the first, none; both with a warning.
	 */
	private long cappedBase(Program program, long base, QuoteRequest request, Set<String> warnings) {
		List<WageCap> ofProgram = caps.stream().filter(c -> c.program() == program).toList();
		if (ofProgram.isEmpty()) {
			return base;
		}
		List<WageCap> inForce = ofProgram.stream().filter(c -> c.validity().covers(request.date())).toList();
		if (inForce.size() > 1) {
			throw new IllegalStateException("wage caps overlap: " + inForce);
		}
		if (!inForce.isEmpty()) {
			return Math.min(base, inForce.get(0).cap());
		}
		warnings.add(WAGE_CAP_UNKNOWN);
		return ofProgram.stream().filter(c -> c.validity().endsBefore(request.date()))
				.max(Comparator.comparing(c -> c.validity().from()))
				.map(c -> Math.min(base, c.cap())).orElse(base);
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
	 * Step 2d. Nothing says how two discounts would combine, and the rules page refuses overlapping ones: a
	 * program gets at most one, should the data hold two, the most favourable to the participant.
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
