package id.desasadar.booth;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.enrollment.RegistrationParams;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

@IntegrationTest
class BoothPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	Pages pages() {
		return new Pages(accounts);
	}

	/**
	 * A festival in Desa Wonopringgo on 21 August 2019, in a campaign of Kecamatan Wonopringgo that starts before
	 * the demo's 2019 campaign, so the campaign list (newest first) keeps showing the demo's on its first page.
	 */
	long festival(String name) throws Exception {
		long campaign = idOf(mvc.perform(Api.post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye %s", "regionCode": "33.26.12", "startsOn": "2019-07-01", "endsOn": "2019-09-30",
				 "targetEnrollments": 150}""".formatted(name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(Api.post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "33.26.12.2008", "name": "%s", "kind": "FESTIVAL",
				 "date": "2019-08-21", "location": "Lapangan desa"}""".formatted(campaign, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** The short booth form: no address, segment or village role (the booth sets them). */
	static RegistrationParams boothForm(String nik, String name) {
		return RegistrationParams.of(nik, name).without("address").without("segment").without("villageRole");
	}

	@Test
	void showsTheEventOnceWithTheVillagePrefilledAndAnEmptyTally() throws Exception {
		long event = festival("Festival Nasi Goreng Stan Contoh");
		mvc.perform(pages().get("staff", "/events/{id}/booth", event))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Festival Nasi Goreng Stan Contoh")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"villageCode\"[^>]*value=\"33.26.12.2008\".*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-total\">0<.*")))
			.andExpect(content().string(not(containsString("id=\"address\""))));
	}

	@Test
	void registersOneWorkerAfterAnotherAtTheEventAndCountsThem() throws Exception {
		long event = festival("Festival Stan Berurutan Contoh");
		for (String name : new String[] { "Pedagang Stan Satu", "Pedagang Stan Dua" }) {
			String nik = freshWorkerNik();
			MvcResult result = mvc.perform(boothForm(nik, name).to(pages().post("staff", "/events/{id}/booth", event)))
				.andExpect(redirectedUrl("/events/" + event + "/booth"))
				.andReturn();
			long worker = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
			assertThat(jdbc.queryForObject("select event_id from enrollment where worker_id = ?", Long.class, worker))
				.isEqualTo(event);
			assertThat(jdbc.queryForObject("select segment || ' ' || village_role from worker where id = ?", String.class,
					worker)).isEqualTo("BPU RESIDENT");
			// the flash attributes as the page after the redirect reads them (MockMvc's flashAttrs go to a container
			// session, which Spring Session replaces by its own in PostgreSQL)
			mvc.perform(pages().get("staff", "/events/{id}/booth", event).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, result.getFlashMap()))
				.andExpect(content().string(matchesPattern("(?s).*id=\"registered\".*" + name + ".*")))
				.andExpect(content().string(containsString("href=\"/workers/" + worker + "\"")))
				// the form is blank again for the next worker
				.andExpect(content().string(not(containsString("value=\"" + nik + "\""))));
			mvc.perform(pages().get("staff", "/workers/{id}", worker))
				.andExpect(content().string(containsString("Festival Stan Berurutan Contoh")));
		}
		mvc.perform(pages().get("staff", "/events/{id}/booth", event))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-total\">2<.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-today\">2<.*")))
			.andExpect(content().string(containsString("JHT: 2")));
	}

	@Test
	void showsErrorsBesideTheFieldsKeepsTheValuesAndSavesNothing() throws Exception {
		long event = festival("Festival Stan Salah Contoh");
		String nik = freshWorkerNik();
		mvc.perform(boothForm(nik, "Tanpa Persetujuan Stan").without("consent").with("sex")
				.to(pages().post("staff", "/events/{id}/booth", event)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"consent-error\"[^>]*>Persetujuan peserta.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"sex-error\"[^>]*>Wajib diisi\\..*")))
			.andExpect(content().string(containsString("value=\"Tanpa Persetujuan Stan\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-total\">0<.*")));
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isZero();
	}

	/**
	 * As the page sends the form (htmx): the status comes back at once (tally and outcome), one request per worker;
	 * the page blanks its own form (BoothBrowserTest), so the answer carries none.
	 */
	@Test
	void answersTheFormSentByThePageWithTheStatusAlone() throws Exception {
		long event = festival("Festival Stan Htmx Contoh");
		String nik = freshWorkerNik();
		String status = mvc.perform(boothForm(nik, "Pedagang Stan Htmx").to(pages().post("staff", "/events/{id}/booth", event))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Retarget"))
			.andReturn().getResponse().getContentAsString();
		long worker = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
		assertThat(status).as("only the status, not the page nor the form").startsWith("<div id=\"booth-status\"")
			.doesNotContain("<html").doesNotContain("<nav").doesNotContain("<form")
			.containsPattern("(?s)id=\"registered\".*Pedagang Stan Htmx")
			.contains("href=\"/workers/" + worker + "\"")
			.containsPattern("(?s)id=\"tally-total\">1<")
			.contains("JHT: 1");
		assertThat(jdbc.queryForObject("select event_id from enrollment where worker_id = ?", Long.class, worker))
			.isEqualTo(event);
	}

	@Test
	void answersARefusedFormSentByThePageWithTheDeskShowingWhatIsWrong() throws Exception {
		long event = festival("Festival Stan Htmx Salah Contoh");
		String nik = freshWorkerNik();
		mvc.perform(boothForm(nik, "Pedagang Stan Htmx Salah").to(pages().post("staff", "/events/{id}/booth", event))
				.header("HX-Request", "true"))
			.andExpect(status().isOk());
		String desk = mvc.perform(boothForm(nik, "Pedagang Stan Htmx Lagi").to(pages().post("staff", "/events/{id}/booth", event))
				.header("HX-Request", "true"))
			.andExpect(status().isConflict())
			.andExpect(header().string("HX-Retarget", "#booth-desk"))
			.andReturn().getResponse().getContentAsString();
		assertThat(desk).startsWith("<div id=\"booth-desk\"").doesNotContain("id=\"registered\"")
			.containsPattern("(?s)id=\"nik-error\"[^>]*>.*href=\"/workers/\\d+\"")
			.contains("value=\"Pedagang Stan Htmx Lagi\"")
			.containsPattern("(?s)id=\"tally-total\">1<");
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isOne();
	}

	/**
	 * Officers at several booths of one event register the same person at the same moment: one worker and one
	 * enrollment are saved, counted once, and every other booth is told the NIK is taken (the check before saving,
	 * or the unique constraint when the sends overlap).
	 */
	@Test
	void registersAPersonOnceWhenSeveralBoothsSendTheSameNikAtOnce() throws Exception {
		long event = festival("Festival Stan Serentak Contoh");
		String nik = freshWorkerNik();
		int booths = 6;
		List<MockHttpServletRequestBuilder> sends = new ArrayList<>();
		for (int i = 0; i < booths; i++) {
			sends.add(boothForm(nik, "Pedagang Stan Serentak " + i).to(pages().post("staff", "/events/{id}/booth", event))
				.header("HX-Request", "true"));
		}

		List<Integer> statuses = Api.statusesAtOnce(mvc, sends);

		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(booths - 1);
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from enrollment where event_id = ?", Long.class, event)).isOne();
		mvc.perform(pages().get("staff", "/events/{id}/booth", event))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-total\">1<.*")));
	}

	@Test
	void answersAnUnknownEventWithTheNotFoundPageAndManagersWithForbidden() throws Exception {
		mvc.perform(pages().get("staff", "/events/{id}/booth", 987654321L))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
		long event = festival("Festival Stan Manajer Contoh");
		mvc.perform(pages().get("manager", "/events/{id}/booth", event)).andExpect(status().isForbidden());
	}
}
