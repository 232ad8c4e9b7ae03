package id.desasadar.campaign;

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
	public boolean isVisible(long eventId, Viewer viewer) {
		return events.findById(eventId).filter(e -> viewer.sees(e.getVillageCode())).isPresent();
	}
}
