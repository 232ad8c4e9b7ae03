package id.desasadar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.account.AccountRegistry;
import id.desasadar.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HomePageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	void sendsStrangersToTheSignInPage() throws Exception {
		mvc.perform(get("/").accept("text/html")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Nama pengguna")));
	}

	@Test
	void showsStaffTheirWorkAndWhoIsSignedIn() throws Exception {
		mvc.perform(pages().get("staff", "/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Petugas Demo")))
			.andExpect(content().string(containsString("Daftarkan peserta")))
			.andExpect(content().string(containsString("33.26")));
	}

	@Test
	void speaksEnglishWhenAskedAndIndonesianByDefault() throws Exception {
		mvc.perform(pages().get("manager", "/").param("lang", "en"))
			.andExpect(content().string(containsString("Sign out")))
			.andExpect(content().string(not(containsString("Daftarkan peserta"))));
		mvc.perform(pages().get("manager", "/")).andExpect(content().string(containsString("Keluar")));
	}

	/**
	 * An officer arriving at a festival: today's events of the officer's scope on the home page and at the menu's
	 * {@code /events/today}, one tap from their booth; with a single event today, that booth itself.
	 */
	@Test
	void takesStaffToTodaysBoothsInOneTap() throws Exception {
		String village = jdbc.queryForObject("select code from region where code like '33.26.01.2%' order by code limit 1", String.class);
		String officer = "staff.hari-ini." + UUID.randomUUID().toString().substring(0, 8);
		registry.createIfMissing(officer, "demo", Role.STAFF, "Petugas Hari Ini", Set.of(village));
		mvc.perform(pages().get(officer, "/events/today"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"today-none\"")));

		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		long campaign = Api.idOf(mvc.perform(Api.post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye Hari Ini Contoh", "regionCode": "33.26", "startsOn": "%s", "endsOn": "%s", "targetEnrollments": 5}"""
			.formatted(LocalDate.parse(today).minusDays(7), today))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString());
		long first = event(campaign, village, "Pasar Pagi Contoh", today);
		event(campaign, village, "Pengajian Kemarin Contoh", LocalDate.parse(today).minusDays(1).toString());
		mvc.perform(pages().get(officer, "/events/today")).andExpect(redirectedUrl("/events/" + first + "/booth"));

		long second = event(campaign, village, "Pasar Sore Contoh", today);
		mvc.perform(pages().get(officer, "/events/today"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/events/" + first + "/booth\"")))
			.andExpect(content().string(containsString("href=\"/events/" + second + "/booth\"")))
			.andExpect(content().string(not(containsString("Pengajian Kemarin Contoh"))));
		mvc.perform(pages().get(officer, "/"))
			.andExpect(content().string(containsString("href=\"/events/" + first + "/booth\"")))
			.andExpect(content().string(containsString("id=\"nav-booth\"")));
		mvc.perform(pages().get("manager", "/")).andExpect(content().string(not(containsString("id=\"nav-booth\""))));
	}

	long event(long campaign, String village, String name, String date) throws Exception {
		return Api.idOf(mvc.perform(Api.post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "%s", "kind": "FESTIVAL", "date": "%s"}"""
			.formatted(campaign, village, name, date))).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void sendsAVillageHeadStraightToTheVillage() throws Exception {
		mvc.perform(pages().get("kades.wonopringgo", "/")).andExpect(redirectedUrl("/villages/33.26.12.2008"));
	}
}
