package id.desasadar.enrollment;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What one payment covers, as priced: consecutive months from {@code firstMonth}, the enrollment's credit it
 * used, the credit it leaves (domain.md, PP 50/2025: a payment made at the full rate for months the discount
 * covers is credited to later months), and the late fine it includes (domain.md, PU contributions: an employer
 * paying late owes 2% a month).
 *
 * @param creditRule the rule that credited the payment ({@code PP-50-2025}), or {@code null}
 */
record PaymentCover(YearMonth firstMonth, int months, long creditUsed, long creditLeft, String creditRule, long fine) {

	PaymentCover {
		Objects.requireNonNull(firstMonth, "firstMonth");
		if (months < 1 || creditUsed < 0 || creditLeft < 0 || fine < 0) {
			throw new IllegalArgumentException("months " + months + ", credit " + creditUsed + "/" + creditLeft + ", fine " + fine);
		}
	}

	/** Exactly the months asked for, at their amount. */
	static PaymentCover exactly(YearMonth firstMonth, int months, long creditUsed, long fine) {
		return new PaymentCover(firstMonth, months, creditUsed, 0, null, fine);
	}

	YearMonth lastMonth() {
		return firstMonth.plusMonths(months - 1L);
	}
}
