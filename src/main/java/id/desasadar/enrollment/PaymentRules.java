package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import id.desasadar.contribution.DiscountCodes;
import id.desasadar.contribution.KeptRule;
import id.desasadar.contribution.RuleEnd;
import id.desasadar.contribution.RuleKeeper;
import id.desasadar.support.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment terms and the contribution credits as managers keep them (issue #17), the sections
 * {@code payment-terms} and {@code contribution-credits} of the rules page and their API: each row with its
 * period, added and ended through a {@link RuleKeeper} like every family of rules. A change counts at once on
 * this instance ({@link PaymentTerms#forget()}) and within {@link PaymentTerms#MAX_AGE} on the others.
 */
@Component
class PaymentRules {

	private static final Comparator<PaymentTermRow> TERM_ORDER = Comparator.comparing(PaymentTermRow::segment)
		.thenComparing(t -> t.validity().from());

	private static final Comparator<ContributionCreditRow> CREDIT_ORDER = Comparator
		.comparing(ContributionCreditRow::ruleCode).thenComparing(c -> c.validity().from());

	private final PaymentTermRows terms;
	private final ContributionCreditRows credits;
	private final DiscountCodes discounts;
	private final RuleKeeper<PaymentTermRow> termKeeper;
	private final RuleKeeper<ContributionCreditRow> creditKeeper;

	PaymentRules(PaymentTermRows terms, ContributionCreditRows credits, PaymentTerms paymentTerms,
			TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock, DiscountCodes discounts) {
		this.terms = terms;
		this.credits = credits;
		this.discounts = discounts;
		this.termKeeper = new RuleKeeper<>("payment_term", RuleKeeper.Store.of(terms::findAll, terms::save), transaction,
				jdbc, clock, paymentTerms::forget);
		this.creditKeeper = new RuleKeeper<>("contribution_credit", RuleKeeper.Store.of(credits::findAll, credits::save),
				transaction, jdbc, clock, paymentTerms::forget);
	}

	LocalDate today() {
		return termKeeper.today();
	}

	List<PaymentTermView> terms() {
		return terms.findAll().stream().sorted(TERM_ORDER).map(t -> PaymentTermView.of(t, today())).toList();
	}

	List<ContributionCreditView> credits() {
		return credits.findAll().stream().sorted(CREDIT_ORDER).map(c -> ContributionCreditView.of(c, today())).toList();
	}

	PaymentTermView term(long id) {
		return PaymentTermView.of(find(terms.findAll(), id), today());
	}

	ContributionCreditView credit(long id) {
		return ContributionCreditView.of(find(credits.findAll(), id), today());
	}

	PaymentTermView add(PaymentTermRequest request) {
		return PaymentTermView.of(termKeeper.add(request.toRow(termKeeper), request.replacedId()), today());
	}

	ContributionCreditView add(ContributionCreditRequest request) {
		return ContributionCreditView.of(creditKeeper.add(request.toRow(creditKeeper, this::isDiscountRule),
				request.replacedId()), today());
	}

	PaymentTermView endTerm(long id, RuleEnd end) {
		return PaymentTermView.of(termKeeper.end(id, end.validTo()), today());
	}

	ContributionCreditView endCredit(long id, RuleEnd end) {
		return ContributionCreditView.of(creditKeeper.end(id, end.validTo()), today());
	}

	/** The codes of the stored discounts, which a credit may name. */
	List<String> discountRules() {
		return discounts.all();
	}

	private boolean isDiscountRule(String code) {
		return discounts.isStored(code);
	}

	/** A family's rows are a handful. */
	private static <R extends KeptRule<R>> R find(List<R> rows, long id) {
		return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("rule", id));
	}
}
