package id.desasadar.campaign;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CampaignsIntegrationTest {

	@Autowired
	MockMvc mvc;

	static String campaignJson(String name, String regionCode, String startsOn, String endsOn) {
		return """
				{"name": "%s", "regionCode": "%s", "startsOn": "%s", "endsOn": "%s", "targetEnrollments": 150}"""
			.formatted(name, regionCode, startsOn, endsOn);
	}

	static String eventJson(long campaignId, String villageCode, String name, String date) {
		return """
				{"campaignId": %d, "villageCode": "%s", "name": "%s", "kind": "FESTIVAL", "date": "%s",
				 "location": "Lapangan desa", "notes": "Stan BPJS Ketenagakerjaan"}"""
			.formatted(campaignId, villageCode, name, date);
	}

	/** A campaign in Kecamatan Wonopringgo in August and September 2019. */
	long campaign(String name) throws Exception {
		return idOf(mvc.perform(post("manager", "/api/v1/campaigns",
				campaignJson(name, "33.26.12", "2019-08-01", "2019-09-30")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long event(long campaignId, String villageCode, String name, String date) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/events", eventJson(campaignId, villageCode, name, date)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void plansACampaignAndShowsItsProgress() throws Exception {
		String location = mvc.perform(post("manager", "/api/v1/campaigns",
				campaignJson("Kampanye Contoh", "33.26", "2019-08-01", "2019-12-31")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/campaigns/")))
			.andExpect(jsonPath("$.name").value("Kampanye Contoh"))
			.andExpect(jsonPath("$.regionCode").value("33.26"))
			.andExpect(jsonPath("$.startsOn").value("2019-08-01"))
			.andExpect(jsonPath("$.endsOn").value("2019-12-31"))
			.andExpect(jsonPath("$.targetEnrollments").value(150))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get("staff", location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress.enrollments").value(0))
			.andExpect(jsonPath("$.progress.target").value(150));
	}

	@Test
	void onlyManagersAndAdminsPlanCampaigns() throws Exception {
		String json = campaignJson("Kampanye Petugas Contoh", "33.26", "2019-08-01", "2019-12-31");
		mvc.perform(post("staff", "/api/v1/campaigns", json))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		mvc.perform(post("kades.wonopringgo", "/api/v1/campaigns", json))
			.andExpect(status().isForbidden());
		mvc.perform(post("admin", "/api/v1/campaigns", json))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesARegionOutsideTheScope() throws Exception {
		mvc.perform(post("manager", "/api/v1/campaigns",
				campaignJson("Kampanye Cilacap Contoh", "33.01", "2019-08-01", "2019-12-31")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("regionCode")));
	}

	@Test
	void refusesACampaignThatEndsBeforeItStarts() throws Exception {
		mvc.perform(post("manager", "/api/v1/campaigns",
				campaignJson("Kampanye Terbalik Contoh", "33.26", "2019-12-31", "2019-08-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("endsOn")));
	}

	@Test
	void namesEveryBadCampaignField() throws Exception {
		mvc.perform(post("manager", "/api/v1/campaigns", """
				{"name": "", "regionCode": "99.99", "startsOn": "01-08-2019", "targetEnrollments": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("name", "regionCode", "startsOn", "endsOn", "targetEnrollments")));
	}

	@Test
	void holdsAnEventInAVillageOfTheCampaign() throws Exception {
		long campaign = campaign("Kampanye Acara Contoh");
		mvc.perform(post("staff", "/api/v1/events",
				eventJson(campaign, "33.26.12.2008", "Festival Nasi Goreng Contoh", "2019-08-21")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/events/")))
			.andExpect(jsonPath("$.campaignId").value(campaign))
			.andExpect(jsonPath("$.villageCode").value("33.26.12.2008"))
			.andExpect(jsonPath("$.kind").value("FESTIVAL"))
			.andExpect(jsonPath("$.date").value("2019-08-21"))
			.andExpect(jsonPath("$.location").value("Lapangan desa"))
			.andExpect(jsonPath("$.stats.enrollments").value(0));
	}

	@Test
	void refusesAnEventOutsideTheCampaignsRegionOrPeriod() throws Exception {
		long campaign = campaign("Kampanye Batas Contoh");
		// Desa Kedungjaran lies in Kecamatan Sragi, not Wonopringgo; 2019-10-01 is after the campaign.
		mvc.perform(post("staff", "/api/v1/events",
				eventJson(campaign, "33.26.10.2013", "Acara Luar Contoh", "2019-08-21")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("villageCode")));
		mvc.perform(post("staff", "/api/v1/events",
				eventJson(campaign, "33.26.12.2008", "Acara Terlambat Contoh", "2019-10-01")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("date")));
		mvc.perform(post("staff", "/api/v1/events", """
				{"campaignId": 987654321, "villageCode": "33.01.01.2001", "name": "", "kind": "PARTY",
				 "date": "21-08-2019"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("campaignId", "villageCode", "name", "kind", "date")));
		mvc.perform(post("kades.wonopringgo", "/api/v1/events",
				eventJson(campaign, "33.26.12.2008", "Acara Kades Contoh", "2019-08-21")))
			.andExpect(status().isForbidden());
	}

	@Test
	void countsTheEnrollmentsMadeAtAnEvent() throws Exception {
		long campaign = campaign("Kampanye Hitung Contoh");
		long event = event(campaign, "33.26.12.2008", "Festival Hitung Contoh", "2019-08-21");
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Peserta Acara Contoh")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JHT"], "eventId": %d, "enrolledOn": "2019-08-21"}""".formatted(event), worker))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.eventId").value(event));
		mvc.perform(get("manager", "/api/v1/events/{id}", event))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stats.enrollments").value(1))
			.andExpect(jsonPath("$.stats.byProgram.JKK").value(1))
			.andExpect(jsonPath("$.stats.byProgram.JKM").value(1))
			.andExpect(jsonPath("$.stats.byProgram.JHT").value(1))
			.andExpect(jsonPath("$.stats.byProgram.JP").doesNotExist())
			.andExpect(jsonPath("$.stats.monthlyContribution").value(36800));
		mvc.perform(get("manager", "/api/v1/campaigns/{id}", campaign))
			.andExpect(jsonPath("$.progress.enrollments").value(1))
			.andExpect(jsonPath("$.progress.target").value(150));
	}

	@Test
	void listsEventsByVillageAndDatePaged() throws Exception {
		long campaign = campaign("Kampanye Daftar Contoh");
		long august = event(campaign, "33.26.12.2008", "Acara Agustus Contoh", "2019-08-21");
		long september = event(campaign, "33.26.12.2008", "Acara September Contoh", "2019-09-10");
		long elsewhere = event(campaign, "33.26.12.2001", "Acara Jetakkidul Contoh", "2019-08-21");
		mvc.perform(get("staff", "/api/v1/events?villageCode=33.26.12.2008&from=2019-08-01&to=2019-08-31&size=200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) august)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) september))))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) elsewhere))))
			.andExpect(jsonPath("$.content[*].villageCode", not(hasItem("33.26.12.2001"))))
			.andExpect(jsonPath("$.page.size").value(200))
			.andExpect(jsonPath("$.page.number").value(0));
		mvc.perform(get("staff", "/api/v1/events?villageCode=33.26.12.2001&from=2019-08-21&to=2019-08-21"))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) elsewhere)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) august))));
		mvc.perform(get("staff", "/api/v1/events?from=21-08-2019"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from")));
	}

	@Test
	void hidesAnEventOutsideAVillageHeadsVillage() throws Exception {
		long campaign = campaign("Kampanye Lingkup Contoh");
		long event = event(campaign, "33.26.12.2008", "Acara Lingkup Contoh", "2019-08-22");
		mvc.perform(get("kades.kedungjaran", "/api/v1/events/{id}", event))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.kedungjaran", "/api/v1/events?from=2019-08-22&to=2019-08-22&size=200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) event))));
		mvc.perform(get("kades.kedungjaran", "/api/v1/events?villageCode=33.26.12.2008"))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("kades.wonopringgo", "/api/v1/events/{id}", event))
			.andExpect(status().isOk());
		mvc.perform(get("kades.wonopringgo", "/api/v1/events?from=2019-08-22&to=2019-08-22&size=200"))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) event)));
	}
}
