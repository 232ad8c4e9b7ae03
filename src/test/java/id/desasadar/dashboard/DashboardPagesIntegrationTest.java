package id.desasadar.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DashboardPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	void showsAManagerCampaignProgressAndCoverageByDistrict() throws Exception {
		// Starting later than the campaigns other tests hold today, so that it is among the ten newest shown.
		String campaign = mvc.perform(Api.post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye Dasbor Contoh", "regionCode": "33.26", "startsOn": "2030-01-01",
				 "endsOn": "2030-12-31", "targetEnrollments": 250}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Api.idOf(campaign);
		mvc.perform(pages().get("manager", "/dashboard"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-title\"")))
			.andExpect(content().string(containsString("href=\"/dashboard/agents?region=33.26\"")))
			.andExpect(content().string(containsString("Kabupaten Pekalongan")))
			.andExpect(content().string(containsString("id=\"campaign-" + id + "\"")))
			.andExpect(content().string(containsString("Kampanye Dasbor Contoh")))
			.andExpect(content().string(containsString("max=\"250\"")))
			.andExpect(content().string(containsString("id=\"children\"")))
			.andExpect(content().string(containsString("href=\"/dashboard?region=33.26.12\">Wonopringgo<")));
	}

	@Test
	void drillsDownToADistrictWhoseVillagesLinkToTheirPages() throws Exception {
		mvc.perform(pages().get("admin", "/dashboard").param("region", "33.26.12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/villages/33.26.12.2008\">Wonopringgo<")))
			.andExpect(content().string(containsString("href=\"/dashboard?region=33.26\"")));
	}

	@Test
	void drawsEachChartFromItsTableAndKeepsTheFilterInEveryLink() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33.26").param("from", "2019-08-01")
			.param("to", "2019-09-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"children\" data-chart=\"bar\"")))
			.andExpect(content().string(containsString("id=\"programs\" data-chart=\"doughnut\"")))
			.andExpect(content().string(containsString("id=\"statuses\" data-chart=\"doughnut\"")))
			.andExpect(content().string(containsString("id=\"months\" data-chart=\"line\"")))
			.andExpect(content().string(containsString("id=\"events\" data-chart=\"bar\"")))
			.andExpect(content().string(containsString("data-chart-value=\"")))
			.andExpect(content().string(containsString("id=\"month-2019-09\"")))
			.andExpect(content().string(containsString(
					"href=\"/dashboard?region=33.26.12&amp;from=2019-08-01&amp;to=2019-09-30\">Wonopringgo<")))
			.andExpect(content().string(containsString(
					"href=\"/dashboard/regions.csv?region=33.26&amp;from=2019-08-01&amp;to=2019-09-30\"")))
			.andExpect(content().string(containsString(
					"href=\"/dashboard/events.xlsx?region=33.26&amp;from=2019-08-01&amp;to=2019-09-30\"")))
			.andExpect(content().string(containsString("href=\"/events/")))
			.andExpect(content().string(containsString("id=\"figure-villages-declared\"")))
			.andExpect(content().string(containsString("value=\"2019-08-01\"")));
	}

	@Test
	void showsABadFilterBesideItsFieldOverTheUnfilteredFigures() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33.26").param("from", "kemarin")
			.param("campaignId", "x1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"from-error\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"kemarin\"")))
			.andExpect(content().string(containsString("id=\"children\"")));
	}

	@Test
	void listsTheVillagesCountedAsDeclaredAndAsReady() throws Exception {
		String declared = mvc.perform(pages().get("manager", "/dashboard/villages").param("region", "33.26")
			.param("state", "declared"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/villages/33.26.12.2008\">Wonopringgo<")))
			.andReturn().getResponse().getContentAsString();
		String json = mvc.perform(Api.get("manager", "/api/v1/dashboard/coverage?regionCode=33.26"))
			.andReturn().getResponse().getContentAsString();
		assertThat(rows(declared)).isEqualTo(((Number) JsonPath.read(json, "$.villages.declared")).longValue());
		String ready = mvc.perform(pages().get("manager", "/dashboard/villages").param("region", "33.26"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(rows(ready)).isEqualTo(((Number) JsonPath.read(json, "$.villages.ready")).longValue());
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33.26"))
			.andExpect(content().string(containsString("href=\"/dashboard/villages?region=33.26&amp;state=declared\"")));
		mvc.perform(pages().get("manager", "/dashboard/villages").param("region", "33.25")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/dashboard/villages").param("state", "all")).andExpect(status().isNotFound());
		mvc.perform(pages().get("staff", "/dashboard/villages")).andExpect(status().isForbidden());
	}

	static long rows(String html) {
		return html.split("<tr id=\"village-", -1).length - 1;
	}

	@Test
	void isForManagersAndAdministratorsOnly() throws Exception {
		mvc.perform(pages().get("staff", "/dashboard")).andExpect(status().isForbidden());
		mvc.perform(pages().get("kades.wonopringgo", "/dashboard")).andExpect(status().isForbidden());
		mvc.perform(pages().get("admin", "/dashboard")).andExpect(status().isOk());
	}

	@Test
	void answersTheNotFoundPageForARegionOutOfScope() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33.25")).andExpect(status().isNotFound());
		mvc.perform(pages().get("manager", "/dashboard").param("region", "33.26.12.2008"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/villages/33.26.12.2008"));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Campaign progress")))
			.andExpect(content().string(not(containsString("Capaian kampanye"))));
	}
}
