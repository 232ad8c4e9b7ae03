package id.desasadar.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.desasadar.account.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The events held today in the viewer's scope, for the way into their booths (the home page, the menu's
 * {@code /events/today}): one tap for an officer who arrives at the festival. Index event_date_idx.
 */
@Component
public class TodaysEvents {

	/** A day holds few events per scope; more than this is a list to search in the campaigns. */
	static final int MOST = 20;

	private final Events events;
	private final Clock clock;

	TodaysEvents(Events events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	public List<Event> of(Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		return events.findAll((root, query, cb) -> cb.and(cb.equal(root.get("date"), today),
				viewer.within(cb, root.get("villageCode"))), PageRequest.of(0, MOST, Sort.by("name", "id"))).getContent();
	}
}
