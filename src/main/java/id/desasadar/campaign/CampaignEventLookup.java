package id.desasadar.campaign;

import java.util.Optional;

import id.desasadar.account.Viewer;
import id.desasadar.enrollment.EventLookup;

import org.springframework.stereotype.Component;

@Component
class CampaignEventLookup implements EventLookup {

	private final Events events;

	CampaignEventLookup(Events events) {
		this.events = events;
	}

	@Override
	public Optional<String> visibleName(long eventId, Viewer viewer) {
		return events.findById(eventId).filter(e -> viewer.sees(e.getVillageCode())).map(Event::getName);
	}
}
