package id.desasadar.contribution;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contribution rules as the database holds them, read whole: a few dozen rows. {@link RecentRules}
 * keeps the last reading for a short while.
 */
@Component
class StoredRules {

	private final Rates rates;
	private final IncomeBrackets brackets;
	private final Discounts discounts;
	private final WageCaps caps;

	StoredRules(Rates rates, IncomeBrackets brackets, Discounts discounts, WageCaps caps) {
		this.rates = rates;
		this.brackets = brackets;
		this.discounts = discounts;
		this.caps = caps;
	}

	/** One snapshot, so that a quote never mixes rows from before and after a manager's change. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	RateTable load() {
		return new RateTable(
				rates.findAll().stream().map(RateRow::toRate).toList(),
				brackets.findAll().stream().map(IncomeBracketRow::toBracket).toList(),
				discounts.findAll().stream().map(DiscountRow::toDiscount).toList(),
				caps.findAll().stream().map(WageCapRow::toWageCap).toList());
	}
}
