package id.desasadar.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A payment as the API shows it: the months it covers, and who recorded it when. */
public record PaymentView(Long id, long enrollmentId, LocalDate paidOn, int months, long amount, YearMonth firstMonth,
		YearMonth lastMonth, String recordedBy, Instant recordedAt) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.getId(), payment.getEnrollmentId(), payment.getPaidOn(), payment.getMonths(),
				payment.getAmount(), payment.getFirstMonth(), payment.getLastMonth(), payment.getRecordedBy(),
				payment.getRecordedAt());
	}
}
