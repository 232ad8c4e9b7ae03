package id.desasadar.booth;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.enrollment.RegistrationParams;
import id.desasadar.enrollment.RegistrationsIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
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

	/** The short booth form: no address or segment (the booth registers self-employed workers). */
	static RegistrationParams boothForm(String nik, String name) {
		return RegistrationParams.of(nik, name).without("address").without("segment");
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

	/** The booth's queue (js/booth.js) as it sends a registration: the JSON of POST /api/v1/registrations, with the page's session. */
	MockHttpServletRequestBuilder send(long event, String clientId, String nik, String name) {
		return pages().post("staff", "/events/{id}/booth/registrations", event)
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.content(RegistrationsIntegrationTest.registration(clientId, nik, name).replace("\"payer\": \"SELF\"",
					"\"payer\": \"SELF\", \"eventId\": " + event));
	}

	/**
	 * What the queue sends is saved once, at the event, and answered with the registration and the event's tally (one
	 * request per worker); sent again, as a phone does that never heard the answer, it is "already saved" and counted once.
	 */
	@Test
	void savesWhatTheQueueSendsOnceAndAnswersWithTheTally() throws Exception {
		long event = festival("Festival Stan Antrean Contoh");
		String id = UUID.randomUUID().toString();
		String nik = freshWorkerNik();
		mvc.perform(send(event, id, nik, "Pedagang Stan Antrean"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.registration.outcome").value("CREATED"))
			.andExpect(jsonPath("$.registration.enrollment.eventId").value(event))
			.andExpect(jsonPath("$.registration.enrollment.programs", hasItems("JKK", "JKM", "JHT")))
			.andExpect(jsonPath("$.tally.enrollments").value(1))
			.andExpect(jsonPath("$.tally.byProgram.JHT").value(1));
		mvc.perform(send(event, id, nik, "Pedagang Stan Antrean"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.outcome").value("ALREADY_SAVED"))
			.andExpect(jsonPath("$.tally.enrollments").value(1));
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isOne();
		assertThat(jdbc.queryForObject("select village_role from worker where nik = ?", String.class, nik)).isEqualTo("RESIDENT");
	}

	/** The village role is chosen at the booth: a village official registered at the festival counts for the checklist. */
	@Test
	void keepsTheVillageRoleChosenAtTheBooth() throws Exception {
		long event = festival("Festival Stan Perangkat Contoh");
		String nik = freshWorkerNik();
		mvc.perform(boothForm(nik, "Perangkat Stan Contoh").with("villageRole", "OFFICIAL")
				.to(pages().post("staff", "/events/{id}/booth", event)))
			.andExpect(redirectedUrl("/events/" + event + "/booth"));
		assertThat(jdbc.queryForObject("select village_role from worker where nik = ?", String.class, nik)).isEqualTo("OFFICIAL");
		String other = freshWorkerNik();
		mvc.perform(send(event, UUID.randomUUID().toString(), other, "Ketua RT Stan Contoh").content(
				RegistrationsIntegrationTest.registration(UUID.randomUUID().toString(), other, "Ketua RT Stan Contoh")
					.replace("\"RESIDENT\"", "\"RT_RW_HEAD\"")))
			.andExpect(status().isCreated());
		assertThat(jdbc.queryForObject("select village_role from worker where nik = ?", String.class, other)).isEqualTo("RT_RW_HEAD");
	}

	/** A booth registers self-employed workers at its own event: anything else is named, not silently changed. */
	@Test
	void refusesAnotherEventOrAWageEarnerByName() throws Exception {
		long event = festival("Festival Stan Lain Contoh");
		long other = festival("Festival Stan Lainnya Contoh");
		String nik = freshWorkerNik();
		mvc.perform(send(event, UUID.randomUUID().toString(), nik, "Acara Lain Contoh").content(
				RegistrationsIntegrationTest.registration(UUID.randomUUID().toString(), nik, "Acara Lain Contoh")
					.replace("\"payer\": \"SELF\"", "\"payer\": \"SELF\", \"eventId\": " + other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eventId"));
		mvc.perform(send(event, UUID.randomUUID().toString(), nik, "Penerima Upah Contoh").content(
				RegistrationsIntegrationTest.registration(UUID.randomUUID().toString(), nik, "Penerima Upah Contoh")
					.replace("\"BPU\"", "\"PU\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("segment"));
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isZero();
	}

	/**
	 * The booth's script learns that its session ended or that its token is stale as problem JSON (401, 403
	 * csrf-token), not as the sign-in page, so that it keeps its queue and asks to sign in on the booth itself; and it
	 * gets a fresh token for the session it has.
	 */
	@Test
	void tellsTheScriptItsSessionEndedOrItsTokenIsStaleAndGivesAFreshToken() throws Exception {
		long event = festival("Festival Stan Sesi Contoh");
		mvc.perform(MockMvcRequestBuilders.post("/events/{id}/booth/registrations", event).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
				.content(RegistrationsIntegrationTest.registration(UUID.randomUUID().toString(), freshWorkerNik(), "Tanpa Sesi")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthorized"));
		mvc.perform(MockMvcRequestBuilders.post("/events/{id}/booth/registrations", event)
				.with(user(accounts.loadUserByUsername("staff"))).with(csrf().useInvalidToken())
				.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
				.content(RegistrationsIntegrationTest.registration(UUID.randomUUID().toString(), freshWorkerNik(), "Token Basi")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("csrf-token"));
		mvc.perform(pages().get("staff", "/events/{id}/booth/session", event).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("staff"))
			.andExpect(jsonPath("$.csrfToken").isNotEmpty());
	}

	/**
	 * Officers at several booths of one event register the same person at the same moment, each phone with its own id:
	 * one worker and one enrollment are saved, counted once, and every other booth is told the NIK is taken (the check
	 * before saving, or the unique constraint when the sends overlap).
	 */
	@Test
	void registersAPersonOnceWhenSeveralBoothsSendTheSameNikAtOnce() throws Exception {
		long event = festival("Festival Stan Serentak Contoh");
		String nik = freshWorkerNik();
		int booths = 6;
		List<MockHttpServletRequestBuilder> sends = new ArrayList<>();
		for (int i = 0; i < booths; i++) {
			sends.add(send(event, UUID.randomUUID().toString(), nik, "Pedagang Stan Serentak " + i));
		}

		List<Integer> statuses = Api.statusesAtOnce(mvc, sends);

		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(booths - 1);
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from enrollment where event_id = ?", Long.class, event)).isOne();
		mvc.perform(pages().get("staff", "/events/{id}/booth", event))
			.andExpect(content().string(matchesPattern("(?s).*id=\"tally-total\">1<.*")));
	}

	/** An event of another day asks the officer to confirm before the first registration (js/booth.js shows it). */
	@Test
	void saysWhenTheEventIsNotToday() throws Exception {
		long event = festival("Festival Stan Kemarin Contoh");
		mvc.perform(pages().get("staff", "/events/{id}/booth", event))
			.andExpect(content().string(containsString("id=\"booth-date-check\"")))
			.andExpect(content().string(containsString("data-event-today=\"false\"")));
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
