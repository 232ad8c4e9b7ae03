package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment as the API shows it: the months it covers, how it was paid, its receipt number, and who recorded it
 * when; a payment at the full rate credited with more months names the rule ({@code creditRule}) and what it left
 * for the next payment ({@code creditLeft}); {@code fine} is the late fine it included.
 */
public record PaymentView(Long id, long enrollmentId, LocalDate paidOn, int months, long amount, YearMonth firstMonth,
		YearMonth lastMonth, PaymentChannel channel, String reference, long receiptNumber, String recordedBy,
		Instant recordedAt, String creditRule, long creditUsed, long creditLeft, long fine) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.getId(), payment.getEnrollmentId(), payment.getPaidOn(), payment.getMonths(),
				payment.getAmount(), payment.getFirstMonth(), payment.getLastMonth(), payment.getChannel(),
				payment.getReference(), payment.getReceiptNumber(), payment.getRecordedBy(), payment.getRecordedAt(),
				payment.getCreditRule(), payment.getCreditUsed(), payment.getCreditLeft(), payment.getFine());
	}
}
