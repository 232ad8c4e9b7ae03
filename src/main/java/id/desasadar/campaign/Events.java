package id.desasadar.campaign;

import id.desasadar.account.Viewer;
import id.desasadar.support.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Events extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

	default Event findVisible(long id, Viewer viewer) {
		return findById(id).filter(e -> viewer.sees(e.getVillageCode()))
			.orElseThrow(() -> new NotFoundException("event", id));
	}
}
