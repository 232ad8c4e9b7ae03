package id.desasadar.campaign;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Campaign and event pages; each test plans its own campaign in Kecamatan Talun (33.26.05). */
@IntegrationTest
class CampaignPagesIntegrationTest {

	static final LocalDate BORN = LocalDate.of(1990, 9, 9);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Events events;

	Pages pages() {
		return new Pages(accounts);
	}

	long campaign(String name) throws Exception {
		return idOf(mvc.perform(Api.post("manager", "/api/v1/campaigns", """
				{"name": "%s", "regionCode": "33.26.05", "startsOn": "2026-01-01", "endsOn": "2026-06-30",
				 "targetEnrollments": 50}""".formatted(name)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	List<Campaign> named(String name) {
		return campaigns.findAll().stream().filter(c -> c.getName().equals(name)).toList();
	}

	@Test
	void plansACampaignAndShowsIt() throws Exception {
		String location = mvc.perform(pages().post("manager", "/campaigns")
				.param("name", "Kampanye Talun Contoh")
				.param("regionCode", "33.26.05")
				.param("startsOn", "2026-03-01")
				.param("endsOn", "2026-05-31")
				.param("targetEnrollments", "120"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("/campaigns/")))
			.andExpect(flash().attribute("flash", "campaigns.created"))
			.andReturn().getResponse().getHeader("Location");
		List<Campaign> saved = named("Kampanye Talun Contoh");
		assertThat(saved).hasSize(1);
		assertThat(saved.get(0).getTargetEnrollments()).isEqualTo(120);
		assertThat(saved.get(0).getCreatedBy()).isEqualTo("manager");
		assertThat(location).isEqualTo("/campaigns/" + saved.get(0).getId());
		mvc.perform(pages().get("staff", location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"campaign-name\">Kampanye Talun Contoh<")))
			.andExpect(content().string(containsString("max=\"120\"")))
			.andExpect(content().string(containsString("id=\"event-form\"")));
		mvc.perform(pages().get("staff", "/campaigns"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kampanye Talun Contoh")))
			.andExpect(content().string(not(containsString("id=\"campaign-form\""))));
	}

	@Test
	void showsEveryBadFieldBesideItAndSavesNothing() throws Exception {
		long before = campaigns.count();
		mvc.perform(pages().post("manager", "/campaigns")
				.param("name", "")
				.param("regionCode", "33.26.05")
				.param("startsOn", "2026-03-10")
				.param("endsOn", "2026-03-01")
				.param("targetEnrollments", "seratus"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("id=\"endsOn-error\"")))
			.andExpect(content().string(containsString("Tanggal selesai tidak boleh sebelum tanggal mulai.")))
			.andExpect(content().string(containsString("id=\"targetEnrollments-error\"")))
			.andExpect(content().string(containsString("Isi dengan angka bulat")))
			.andExpect(content().string(containsString("value=\"seratus\"")));
		assertThat(campaigns.count()).isEqualTo(before);
		mvc.perform(pages().post("staff", "/campaigns").param("name", "Bukan Petugas Contoh"))
			.andExpect(status().isForbidden());
		assertThat(named("Bukan Petugas Contoh")).isEmpty();
	}

	@Test
	void holdsAnEventOfTheCampaign() throws Exception {
		long campaign = campaign("Kampanye Acara Contoh");
		mvc.perform(pages().get("staff", "/campaigns/{id}", campaign))
			.andExpect(content().string(containsString("<option value=\"33.26.05.2003\">Sengare</option>")));
		mvc.perform(pages().post("staff", "/campaigns/{id}/events", campaign)
				.param("villageCode", "33.26.05.2003")
				.param("name", "Sosialisasi Sengare Contoh")
				.param("kind", "SOCIALIZATION")
				.param("date", "2026-08-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"date-error\"")))
			.andExpect(content().string(containsString("Tanggal kegiatan harus dalam masa kampanye")));
		String location = mvc.perform(pages().post("staff", "/campaigns/{id}/events", campaign)
				.param("villageCode", "33.26.05.2003")
				.param("name", "Sosialisasi Sengare Contoh")
				.param("kind", "SOCIALIZATION")
				.param("date", "2026-02-14")
				.param("location", "Balai desa")
				.param("notes", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "events.created"))
			.andReturn().getResponse().getHeader("Location");
		List<Event> held = events.findAll().stream().filter(e -> e.getName().equals("Sosialisasi Sengare Contoh")).toList();
		assertThat(held).hasSize(1);
		assertThat(held.get(0).getCampaignId()).isEqualTo(campaign);
		assertThat(held.get(0).getKind()).isEqualTo(EventKind.SOCIALIZATION);
		assertThat(held.get(0).getLocation()).isEqualTo("Balai desa");
		assertThat(location).isEqualTo("/events/" + held.get(0).getId());
		mvc.perform(pages().get("manager", "/campaigns/{id}", campaign))
			.andExpect(content().string(containsString("href=\"/events/" + held.get(0).getId() + "\"")))
			.andExpect(content().string(containsString("Sosialisasi")));
		mvc.perform(pages().post("kades.kedungjaran", "/campaigns/{id}/events", campaign)
				.param("villageCode", "33.26.05.2003").param("name", "Bukan Kades Contoh"))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsAnEventWithItsFiguresEnrollmentsAndBoothMode() throws Exception {
		long campaign = campaign("Kampanye Festival Contoh");
		long event = idOf(mvc.perform(Api.post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "33.26.05.2005", "name": "Festival Talun Contoh", "kind": "FESTIVAL",
				 "date": "2026-04-18", "location": "Alun-alun"}""".formatted(campaign)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		long worker = idOf(mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(freshNik("33.26.05", BORN, false), "Pedagang Festival Contoh", "33.26.05.2005", "RESIDENT", BORN)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM", "JHT"], "payer": "SELF", "eventId": %d}""".formatted(event), worker))
			.andExpect(status().isCreated());
		mvc.perform(pages().get("staff", "/events/{id}", event))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"event-name\">Festival Talun Contoh<")))
			.andExpect(content().string(containsString("id=\"figure-enrollments\">1<")))
			.andExpect(content().string(containsString("id=\"program-JHT\"")))
			.andExpect(content().string(not(containsString("id=\"program-JP\""))))
			.andExpect(content().string(containsString("href=\"/workers/" + worker + "\">Pedagang Festival Contoh<")))
			.andExpect(content().string(containsString("JKK, JKM, JHT")))
			.andExpect(content().string(containsString("Belum bayar")))
			.andExpect(content().string(containsString("href=\"/events/" + event + "/booth\"")));
		mvc.perform(pages().get("manager", "/events/{id}", event))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"booth-link\""))));
		mvc.perform(pages().get("manager", "/campaigns/{id}", campaign))
			.andExpect(content().string(containsString("1 dari target 50 peserta")));
		mvc.perform(pages().get("kades.kedungjaran", "/events/{id}", event))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(pages().get("manager", "/campaigns").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Plan a new campaign")))
			.andExpect(content().string(not(containsString("Rencanakan kampanye baru"))));
		mvc.perform(pages().get("manager", "/campaigns/999999999")).andExpect(status().isNotFound());
	}
}
