package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment as the API shows it: the months it covers, how it was paid, its receipt number, and who recorded it
 * when.
 */
public record PaymentView(Long id, long enrollmentId, LocalDate paidOn, int months, long amount, YearMonth firstMonth,
		YearMonth lastMonth, PaymentChannel channel, String reference, long receiptNumber, String recordedBy,
		Instant recordedAt) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.getId(), payment.getEnrollmentId(), payment.getPaidOn(), payment.getMonths(),
				payment.getAmount(), payment.getFirstMonth(), payment.getLastMonth(), payment.getChannel(),
				payment.getReference(), payment.getReceiptNumber(), payment.getRecordedBy(), payment.getRecordedAt());
	}
}
