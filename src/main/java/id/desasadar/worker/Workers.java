package id.desasadar.worker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.desasadar.account.Viewer;
import id.desasadar.support.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The registered workers. */
public interface Workers extends JpaRepository<Worker, Long>, JpaSpecificationExecutor<Worker> {

	Optional<Worker> findByNik(String nik);

	/** The holder of a participant number (unique index worker_participant_number_key). */
	Optional<Worker> findByParticipantNumber(String participantNumber);

	/** Same village and birth date: the candidates for a possible duplicate (index worker_candidate_duplicate_idx). */
	List<Worker> findByVillageCodeAndBirthDate(String villageCode, LocalDate birthDate);

	/** The one way to read a worker: unknown and out of scope are both "not found" (api.md, Access). */
	default Worker findVisible(long id, Viewer viewer) {
		return findById(id).filter(worker -> viewer.sees(worker.getVillageCode()))
			.orElseThrow(() -> new NotFoundException("worker", id));
	}
}
