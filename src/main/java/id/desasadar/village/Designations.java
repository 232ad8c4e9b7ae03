package id.desasadar.village;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Designations extends JpaRepository<Designation, Long> {

	Optional<Designation> findByVillageCode(String villageCode);
}
