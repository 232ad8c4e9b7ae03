package id.desasadar.campaign;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.account.Viewer;
import id.desasadar.region.Regions;
import id.desasadar.support.FieldChecks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Plans campaigns and their events, each within the caller's scope. */
@Component
public class CampaignPlanner {

	private final Campaigns campaigns;
	private final Events events;
	private final Regions regions;
	private final Clock clock;

	CampaignPlanner(Campaigns campaigns, Events events, Regions regions, Clock clock) {
		this.campaigns = campaigns;
		this.events = events;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	public Campaign plan(CampaignRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		String name = checks.text("name", request.name(), 160, true);
		String region = checks.text("regionCode", request.regionCode(), 13, true);
		if (region != null && (regions.findByCode(region).isEmpty() || !viewer.sees(region))) {
			checks.add("regionCode", "campaign.region.unknown");
		}
		LocalDate startsOn = checks.date("startsOn", request.startsOn(), true);
		LocalDate endsOn = checks.date("endsOn", request.endsOn(), true);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			checks.add("endsOn", "campaign.ends-before-start");
		}
		Long target = checks.number("targetEnrollments", request.targetEnrollments(), 1, 100_000_000, true);
		checks.throwIfAny();
		return campaigns.save(new Campaign(name, region, startsOn, endsOn, target.intValue(), viewer.username(),
				clock.instant()));
	}

	@Transactional
	public Event hold(EventRequest request, Viewer viewer) {
		FieldChecks checks = new FieldChecks();
		Campaign campaign = null;
		if (request.campaignId() != null) {
			campaign = campaigns.findById(request.campaignId()).filter(c -> viewer.overlaps(c.getRegionCode())).orElse(null);
			if (campaign == null) {
				checks.add("campaignId", "event.campaign.unknown");
			}
		}
		String village = checks.text("villageCode", request.villageCode(), 13, true);
		if (village != null && (regions.findVillage(village).isEmpty() || !viewer.sees(village))) {
			checks.add("villageCode", "event.village.unknown");
		}
		else if (village != null && campaign != null && !village.startsWith(campaign.getRegionCode())) {
			checks.add("villageCode", "event.village.outside-campaign");
		}
		String name = checks.text("name", request.name(), 160, true);
		EventKind kind = checks.choice("kind", request.kind(), EventKind.class, true);
		LocalDate date = checks.date("date", request.date(), true);
		if (date != null && campaign != null && !campaign.covers(date)) {
			checks.add("date", "event.date.outside-campaign", campaign.getStartsOn().toString(), campaign.getEndsOn().toString());
		}
		String location = checks.text("location", request.location(), 200, false);
		String notes = checks.multiLineText("notes", request.notes(), 2000, false);
		checks.throwIfAny();
		return events.save(new Event(request.campaignId(), village, name, kind, date, location, notes,
				viewer.username(), clock.instant()));
	}
}
