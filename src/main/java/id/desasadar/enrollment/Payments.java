package id.desasadar.enrollment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Payments extends JpaRepository<Payment, Long> {

	List<Payment> findByEnrollmentIdOrderByFirstMonthDesc(long enrollmentId);

	/** Served by payment_enrollment_idx (enrollment_id, first_month): an enrollment has a few dozen payments. */
	boolean existsByEnrollmentIdAndPaidOnAndMonthsAndAmount(long enrollmentId, LocalDate paidOn, int months, long amount);

	boolean existsByChannelAndReference(PaymentChannel channel, String reference);
}
