package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment as the API shows it: the months it covers, and who recorded it when. The amount is {@code null} for a
 * viewer who does not see incomes (a village head, issue #16): that the months are paid is what they need.
 */
public record PaymentView(Long id, long enrollmentId, LocalDate paidOn, int months, Long amount, YearMonth firstMonth,
		YearMonth lastMonth, String recordedBy, Instant recordedAt) {

	static PaymentView of(Payment payment, Viewer viewer) {
		return new PaymentView(payment.getId(), payment.getEnrollmentId(), payment.getPaidOn(), payment.getMonths(),
				viewer.seesIncome() ? payment.getAmount() : null, payment.getFirstMonth(), payment.getLastMonth(),
				payment.getRecordedBy(), payment.getRecordedAt());
	}
}
