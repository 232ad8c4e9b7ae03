package id.desasadar.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import id.desasadar.contribution.Adjustment;
import id.desasadar.contribution.Quote;
import id.desasadar.support.RuleViolationException;

/**
 * Prices a payment, as plain code over the months' quotes and the payment terms (domain.md):
 * <ul>
 * <li>the amount due is the sum of each month's contribution, plus each late month's fine (PU: due by the 15th of
 * the following month, 2% a month late, every month begun counting), less the enrollment's credit;</li>
 * <li>a payment made before a credited discount came into force (PP 50/2025, 22 December 2025) at the full rate,
 * that is without that discount, is not refused: the surplus becomes months paid, month after month at the
 * discounted contribution, and what is left below a whole month is the enrollment's credit;</li>
 * <li>any other amount is {@code 422 amount-mismatch} naming the amount due.</li>
 * </ul>
 */
final class PaymentPricing {

	/** At most this many months are covered by one credited payment (the database's check). */
	static final int MAX_MONTHS_COVERED = 36;

	private final Function<YearMonth, Quote> quotes;
	private final Function<YearMonth, PaymentTerms.Term> terms;
	private final int dueDay;

	/**
	 * @param quotes each contribution month's quote (the programs and payer of the enrollment)
	 * @param terms each contribution month's term
	 * @param dueDay the day of the month a contribution is due by (15)
	 */
	PaymentPricing(Function<YearMonth, Quote> quotes, Function<YearMonth, PaymentTerms.Term> terms, int dueDay) {
		this.quotes = quotes;
		this.terms = terms;
		this.dueDay = dueDay;
	}

	/** The day a contribution month falls due: the due day of the month itself, or of a later one (PU). */
	LocalDate dueDate(YearMonth month) {
		return month.plusMonths(terms.apply(month).dueMonthsAfter()).atDay(dueDay);
	}

	/** The late fine of a month's contribution paid on {@code paidOn}: its percent for each month begun after the due date. */
	long fine(YearMonth month, long contribution, LocalDate paidOn) {
		LocalDate due = dueDate(month);
		if (!paidOn.isAfter(due)) {
			return 0;
		}
		long late = ChronoUnit.MONTHS.between(due, paidOn);
		if (due.plusMonths(late).isBefore(paidOn)) {
			late++;
		}
		BigDecimal percent = terms.apply(month).lateFinePercent().multiply(BigDecimal.valueOf(late));
		return BigDecimal.valueOf(contribution).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** What {@code months} months from {@code first} cost on {@code paidOn}, fines included, less {@code credit}. */
	long amountDue(YearMonth first, int months, LocalDate paidOn, long credit) {
		long due = 0;
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			long contribution = quotes.apply(month).monthlyContribution();
			due += contribution + fine(month, contribution, paidOn);
		}
		return Math.max(0, due - credit);
	}

	/** The fines alone in {@link #amountDue}. */
	long fines(YearMonth first, int months, LocalDate paidOn) {
		long fines = 0;
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			fines += fine(month, quotes.apply(month).monthlyContribution(), paidOn);
		}
		return fines;
	}

	/** The same months without the credited rule's discount: the full rate paid before it came into force. */
	long fullRateDue(YearMonth first, int months, LocalDate paidOn, long credit, String rule) {
		long due = 0;
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			Quote quote = quotes.apply(month);
			long full = quote.monthlyContribution() - quote.adjustments().stream().filter(a -> a.rule().equals(rule))
				.mapToLong(Adjustment::amount).sum();
			due += full + fine(month, quote.monthlyContribution(), paidOn);
		}
		return Math.max(0, due - credit);
	}

	/**
	 * What a payment of {@code amount} for {@code months} months from {@code first} covers.
	 *
	 * @throws RuleViolationException {@code amount-mismatch} with {@code expectedAmount}
	 */
	PaymentCover cover(YearMonth first, int months, LocalDate paidOn, long amount, long credit,
			List<PaymentTerms.Credit> credits) {
		long due = amountDue(first, months, paidOn, credit);
		if (amount == due) {
			return PaymentCover.exactly(first, months, credit, fines(first, months, paidOn));
		}
		Optional<PaymentTerms.Credit> crediting = credits.stream()
			.filter(c -> paidOn.isBefore(c.inForceOn()) && c.creditsSomeOf(first, months))
			.filter(c -> {
				long full = fullRateDue(first, months, paidOn, credit, c.rule());
				return full != due && full == amount;
			})
			.findFirst();
		if (crediting.isPresent()) {
			return credited(first, paidOn, amount, credit, crediting.get().rule());
		}
		throw new RuleViolationException("amount-mismatch", "payment.amount-mismatch", due, months, first.toString())
			.with("expectedAmount", due);
	}

	/** Months paid one after another at their contribution from the amount and the credit; the rest stays credit. */
	private PaymentCover credited(YearMonth first, LocalDate paidOn, long amount, long credit, String rule) {
		long left = amount + credit;
		long fines = 0;
		int covered = 0;
		while (covered < MAX_MONTHS_COVERED) {
			YearMonth month = first.plusMonths(covered);
			long contribution = quotes.apply(month).monthlyContribution();
			long fine = fine(month, contribution, paidOn);
			if (left < contribution + fine) {
				break;
			}
			left -= contribution + fine;
			fines += fine;
			covered++;
		}
		return new PaymentCover(first, covered, credit, left, rule, fines);
	}
}
