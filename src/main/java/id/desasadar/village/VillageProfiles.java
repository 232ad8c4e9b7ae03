package id.desasadar.village;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageProfiles extends JpaRepository<VillageProfile, String> {
}
