package id.desasadar.enrollment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface Enrollments extends JpaRepository<Enrollment, Long> {

	@Query("select e from Enrollment e where e.workerId = :workerId and e.endedOn is null")
	Optional<Enrollment> findOpen(long workerId);

	List<Enrollment> findByWorkerIdOrderByEnrolledOnDesc(long workerId);

	/** Payments on one enrollment queue up here, so each covers the months after the previous one. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Enrollment e where e.id = :id")
	Optional<Enrollment> findForPayment(long id);
}
