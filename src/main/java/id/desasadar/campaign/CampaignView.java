package id.desasadar.campaign;

import java.time.LocalDate;

/** api.md: a campaign with its {@code progress {enrollments, target}}. */
public record CampaignView(Long id, String name, String regionCode, LocalDate startsOn, LocalDate endsOn,
		int targetEnrollments, Progress progress) {

	public record Progress(long enrollments, int target) {
	}

	static CampaignView of(Campaign campaign, long enrollments) {
		return new CampaignView(campaign.getId(), campaign.getName(), campaign.getRegionCode(), campaign.getStartsOn(),
				campaign.getEndsOn(), campaign.getTargetEnrollments(),
				new Progress(enrollments, campaign.getTargetEnrollments()));
	}
}
