package id.desasadar.contribution;

import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Quotes what a participant pays from the stored, dated rules: one month, or the amount due for several.
 * It refuses programs not open to the segment ({@code 422}); the age rule is the registration's concern,
 * see {@link Eligibility#check}.
 */
@Service
public class ContributionQuoter {

	private final Eligibility eligibility;
	private final Supplier<RateTable> rules;

	@Autowired
	ContributionQuoter(Eligibility eligibility, RecentRules recentRules) {
		this(eligibility, (Supplier<RateTable>) recentRules);
	}

	/** For tests: the rules from memory rather than from the database. */
	ContributionQuoter(Eligibility eligibility, Supplier<RateTable> rules) {
		this.eligibility = Objects.requireNonNull(eligibility);
		this.rules = Objects.requireNonNull(rules);
	}

	/**
	 * The contribution for the month of {@code request.date()}.
	 *
	 * @throws id.desasadar.support.InvalidInputException {@code 400} for a missing or impossible field
	 * @throws id.desasadar.support.RuleViolationException {@code 422} for programs not open to the segment
	 */
	public Quote quote(QuoteRequest request) {
		check(request);
		return rules.get().quote(request);
	}

	/**
	 * What {@code months} contribution months from {@code firstMonth} cost together, e.g. a payment 3, 6 or
	 * 12 months in advance. Each month is quoted at its first day, so a discount counts exactly for the
	 * contribution months it covers; {@code request.date()} is not used.
	 */
	public long amountDue(QuoteRequest request, YearMonth firstMonth, int months) {
		check(request);
		return rules.get().amountDue(request, Objects.requireNonNull(firstMonth), months);
	}

	/** Every stored rule of every period, as data: for a page whose script quotes while offline. */
	public RuleBook rules() {
		return RuleBook.of(rules.get());
	}

	/** Malformed input ({@code 400}) is reported before rules are applied to it ({@code 422}). */
	private void check(QuoteRequest request) {
		QuoteInputCheck.requireComplete(request);
		eligibility.checkPrograms(request.segment(), request.programs(), request.employerSize());
	}
}
