package id.desasadar.campaign;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.desasadar.enrollment.EnrollmentFigures.EventFigures;

/** api.md: an event; a single event adds its {@code stats {enrollments, byProgram, monthlyContribution}}. */
public record EventView(Long id, Long campaignId, String villageCode, String name, EventKind kind, LocalDate date,
		String location, String notes, @JsonInclude(JsonInclude.Include.NON_NULL) EventFigures stats) {

	static EventView of(Event event, EventFigures stats) {
		return new EventView(event.getId(), event.getCampaignId(), event.getVillageCode(), event.getName(),
				event.getKind(), event.getDate(), event.getLocation(), event.getNotes(), stats);
	}
}
