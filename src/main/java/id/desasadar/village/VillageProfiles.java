package id.desasadar.village;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillageProfiles extends JpaRepository<VillageProfile, String> {
}
