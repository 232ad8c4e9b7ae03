package id.desasadar.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.desasadar.support.NotFoundException;

/**
 * The contribution rules as managers keep them (issue #17, item 3): the rates, the BPU nominal table, the
 * discounts and the wage caps, each row with its period, added and ended through a {@link RuleKeeper}. A change
 * is quoted at once on this instance and within {@link RecentRules#maxAge()} on the others.
 */
@Component
class ContributionRules {

	private static final Comparator<RateRow> RATE_ORDER = Comparator.comparing((RateRow r) -> r.toRate().program())
		.thenComparing(r -> r.toRate().segment())
		.thenComparing(r -> r.toRate().riskClass(), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(r -> r.validity().from());

	private static final Comparator<IncomeBracketRow> BRACKET_ORDER = Comparator
		.comparingLong((IncomeBracketRow b) -> b.toBracket().minIncome()).thenComparing(b -> b.validity().from());

	private static final Comparator<DiscountRow> DISCOUNT_ORDER = Comparator
		.comparing((DiscountRow d) -> d.validity().from()).thenComparing(d -> d.toDiscount().rule())
		.thenComparing(DiscountRow::id);

	private static final Comparator<WageCapRow> CAP_ORDER = Comparator.comparing((WageCapRow c) -> c.toWageCap().program())
		.thenComparing(c -> c.validity().from());

	private final Rates rates;
	private final IncomeBrackets brackets;
	private final Discounts discounts;
	private final WageCaps caps;
	private final RecentRules recentRules;
	final RuleKeeper<RateRow> rateKeeper;
	final RuleKeeper<IncomeBracketRow> bracketKeeper;
	final RuleKeeper<DiscountRow> discountKeeper;
	final RuleKeeper<WageCapRow> capKeeper;

	ContributionRules(Rates rates, IncomeBrackets brackets, Discounts discounts, WageCaps caps, RecentRules recentRules,
			TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock) {
		this.rates = rates;
		this.brackets = brackets;
		this.discounts = discounts;
		this.caps = caps;
		this.recentRules = recentRules;
		this.rateKeeper = new RuleKeeper<>("contribution_rate", RuleKeeper.Store.of(rates::findAll, rates::save), transaction, jdbc,
				clock, recentRules::forget);
		this.bracketKeeper = new RuleKeeper<>("income_bracket", RuleKeeper.Store.of(brackets::findAll, brackets::save), transaction,
				jdbc, clock, recentRules::forget);
		this.discountKeeper = new RuleKeeper<>("contribution_discount", RuleKeeper.Store.of(discounts::findAll, discounts::save),
				transaction, jdbc, clock, recentRules::forget);
		this.capKeeper = new RuleKeeper<>("wage_cap", RuleKeeper.Store.of(caps::findAll, caps::save), transaction, jdbc, clock,
				recentRules::forget);
	}

	/** How long a change may take to be quoted on another instance of the application. */
	Duration changeDelay() {
		return recentRules.maxAge();
	}

	LocalDate today() {
		return rateKeeper.today();
	}

	List<RateView> rates() {
		return rates.findAll().stream().sorted(RATE_ORDER).map(r -> RateView.of(r, today())).toList();
	}

	List<IncomeBracketView> brackets() {
		return brackets.findAll().stream().sorted(BRACKET_ORDER).map(b -> IncomeBracketView.of(b, today())).toList();
	}

	List<DiscountView> discounts() {
		return discounts.findAll().stream().sorted(DISCOUNT_ORDER).map(d -> DiscountView.of(d, today())).toList();
	}

	List<WageCapView> caps() {
		return caps.findAll().stream().sorted(CAP_ORDER).map(c -> WageCapView.of(c, today())).toList();
	}

	RateView rate(long id) {
		return RateView.of(find(rates.findAll(), id), today());
	}

	IncomeBracketView bracket(long id) {
		return IncomeBracketView.of(find(brackets.findAll(), id), today());
	}

	DiscountView discount(long id) {
		return DiscountView.of(find(discounts.findAll(), id), today());
	}

	WageCapView cap(long id) {
		return WageCapView.of(find(caps.findAll(), id), today());
	}

	RateView add(RateRequest request) {
		return RateView.of(rateKeeper.add(request.toRow(rateKeeper), request.replacedId()), today());
	}

	IncomeBracketView add(IncomeBracketRequest request) {
		return IncomeBracketView.of(bracketKeeper.add(request.toRow(bracketKeeper), request.replacedId()), today());
	}

	DiscountView add(DiscountRequest request) {
		return DiscountView.of(discountKeeper.add(request.toRow(discountKeeper), request.replacedId()), today());
	}

	WageCapView add(WageCapRequest request) {
		return WageCapView.of(capKeeper.add(request.toRow(capKeeper), request.replacedId()), today());
	}

	RateView endRate(long id, RuleEnd end) {
		return RateView.of(rateKeeper.end(id, end.validTo()), today());
	}

	IncomeBracketView endBracket(long id, RuleEnd end) {
		return IncomeBracketView.of(bracketKeeper.end(id, end.validTo()), today());
	}

	DiscountView endDiscount(long id, RuleEnd end) {
		return DiscountView.of(discountKeeper.end(id, end.validTo()), today());
	}

	WageCapView endCap(long id, RuleEnd end) {
		return WageCapView.of(capKeeper.end(id, end.validTo()), today());
	}

	/** A family's rows are a few dozen, read whole by every quote anyway. */
	private static <R extends KeptRule<R>> R find(List<R> rows, long id) {
		return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("rule", id));
	}
}
