package id.desasadar.campaign;

/** api.md, Campaigns: {@code {name, regionCode, startsOn, endsOn, targetEnrollments}}. */
public record CampaignRequest(String name, String regionCode, String startsOn, String endsOn, Long targetEnrollments) {
}
