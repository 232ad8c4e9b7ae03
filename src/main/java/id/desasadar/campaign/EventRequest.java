package id.desasadar.campaign;

/** api.md, Events: {@code {campaignId, villageCode, name, kind, date, location, notes}}. */
public record EventRequest(Long campaignId, String villageCode, String name, String kind, String date, String location,
		String notes) {
}
