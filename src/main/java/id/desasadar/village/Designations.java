package id.desasadar.village;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Designations extends JpaRepository<Designation, Long> {

	Optional<Designation> findByVillageCode(String villageCode);
}
