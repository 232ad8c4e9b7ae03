package id.desasadar.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import id.desasadar.Api;

/**
 * The JSON API of the running application over real HTTP (HTTP Basic as a demo account), to set up what a
 * browser test needs: a campaign, an event, a worker. Everything made carries a name of its own.
 */
final class ApiClient {

	/** "Today" as the application sees it (Western Indonesian Time). */
	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	private final HttpClient http = HttpClient.newHttpClient();
	private final String baseUrl;

	ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	ApiClient(Browser browser) {
		this(browser.applicationUrl());
	}

	/** POSTs JSON and answers the created resource's JSON; anything but 201 fails the test with the answer. */
	String create(String username, String path, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 201) {
				throw new AssertionError("POST " + path + " as " + username + " answered " + response.statusCode()
						+ ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new AssertionError("POST " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	/** A campaign of Kabupaten Pekalongan running this month, planned by the manager. */
	long campaign(String name) {
		LocalDate today = today();
		return Api.idOf(create("manager", "/api/v1/campaigns", """
				{"name": "%s", "regionCode": "33.26", "startsOn": "%s", "endsOn": "%s", "targetEnrollments": 100}"""
			.formatted(name, today.minusDays(7), today.plusDays(30))));
	}

	/** A festival today in the village given, created by the staff. */
	long eventToday(long campaignId, String villageCode, String name) {
		return event(campaignId, villageCode, name, today());
	}

	/** A festival on the day given in the village given, created by the staff. */
	long event(long campaignId, String villageCode, String name, LocalDate date) {
		return Api.idOf(create("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "%s", "kind": "FESTIVAL", "date": "%s",
				 "location": "Lapangan desa", "notes": "Dibuat oleh uji peramban"}"""
			.formatted(campaignId, villageCode, name, date)));
	}

	/** A resident of Desa Wonopringgo (a male trader) born on the date given, registered by the staff. */
	long worker(String nik, String name, LocalDate birthDate) {
		return Api.idOf(create("staff", "/api/v1/workers",
				Api.workerJson(nik, name, "33.26.12.2008", "RESIDENT", birthDate)));
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}
}
