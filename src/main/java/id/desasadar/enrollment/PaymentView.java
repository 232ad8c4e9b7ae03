package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A payment as the API shows it: the months it covers, how it was paid, its receipt number, and who recorded it
 * when; a payment at the full rate credited with more months names the rule ({@code creditRule}) and what it left
 * for the next payment ({@code creditLeft}); {@code fine} is the late fine it included. The amounts are
 * {@code null} for a viewer who does not see incomes (a village head, issue #16): that the months are paid is what
 * they need.
 */
public record PaymentView(Long id, long enrollmentId, LocalDate paidOn, int months, Long amount, YearMonth firstMonth,
		YearMonth lastMonth, PaymentChannel channel, String reference, long receiptNumber, String recordedBy,
		Instant recordedAt, String creditRule, Long creditUsed, Long creditLeft, Long fine) {

	static PaymentView of(Payment payment, Viewer viewer) {
		return new PaymentView(payment.getId(), payment.getEnrollmentId(), payment.getPaidOn(), payment.getMonths(),
				amount(payment.getAmount(), viewer), payment.getFirstMonth(), payment.getLastMonth(), payment.getChannel(),
				payment.getReference(), payment.getReceiptNumber(), payment.getRecordedBy(), payment.getRecordedAt(),
				payment.getCreditRule(), amount(payment.getCreditUsed(), viewer), amount(payment.getCreditLeft(), viewer),
				amount(payment.getFine(), viewer));
	}

	/** The receipt number as the receipt prints it (eight digits), for the pages. */
	@JsonIgnore
	public String receipt() {
		return ReceiptNumbers.format(receiptNumber);
	}

	private static Long amount(long amount, Viewer viewer) {
		return viewer.seesIncome() ? amount : null;
	}
}
