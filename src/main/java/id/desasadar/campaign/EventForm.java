package id.desasadar.campaign;

/** The event form of a campaign's page; the campaign is the page's. */
record EventForm(String villageCode, String name, String kind, String date, String location, String notes) {

	EventRequest toRequest(long campaignId) {
		return new EventRequest(campaignId, villageCode, name, kind, date, location, notes);
	}
}
