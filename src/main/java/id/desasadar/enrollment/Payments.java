package id.desasadar.enrollment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Payments extends JpaRepository<Payment, Long> {

	List<Payment> findByEnrollmentIdOrderByFirstMonthDesc(long enrollmentId);
}
