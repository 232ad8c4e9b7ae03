package id.desasadar.web;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #6, Hostile input: script and markup typed into every text field come back escaped on every page that
 * shows them, SQL-like text is stored exactly as typed, and oversize or malformed input is refused with a
 * message that names the field.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTest {

	static final String VILLAGE = "33.26.12.2013"; // Pengadentengah: no other test writes here
	static final String SCRIPT = "<script>alert(1)</script>";
	static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
	static final String IMAGE = "<img src=x onerror=alert(1)>";
	static final String SQL = "Robert'); DROP TABLE worker;--";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	long worker;
	long campaign;
	long event;
	String workerName;

	@BeforeAll
	void typeHostileTextEverywhere() throws Exception {
		workerName = SCRIPT + " Bahaya " + SQL;
		String json = workerJson(freshNik(LocalDate.of(1970, 5, 6), false), workerName, VILLAGE, "RESIDENT",
				LocalDate.of(1970, 5, 6))
			.replace("RT 01 RW 02", IMAGE).replace("Penjual nasi goreng", "<b>tebal</b> " + SQL);
		worker = idOf(body(post("staff", "/api/v1/workers", json)));
		campaign = idOf(body(post("manager", "/api/v1/campaigns", """
				{"name": "%s Kampanye", "regionCode": "33.26", "startsOn": "2026-11-01", "endsOn": "2026-12-31",
				 "targetEnrollments": 100}""".formatted(SCRIPT))));
		event = idOf(body(post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "%s Festival", "kind": "FESTIVAL", "date": "2026-11-02",
				 "location": "%s", "notes": "%s"}""".formatted(campaign, VILLAGE, SCRIPT, IMAGE, SQL))));
		body(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "payer": "SELF", "eventId": %d, "enrolledOn": "2026-11-02"}""".formatted(event),
				worker));
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", """
				{"headName": "%s Kades", "officialsCount": 8, "rtRwHeadsCount": 12, "workforceEstimate": 900,
				 "bumdesActive": false}""".formatted(SCRIPT), VILLAGE))
			.andExpect(status().is2xxSuccessful());
		body(post("admin", "/api/v1/agents", """
				{"name": "%s Agen", "regionCode": "33.26", "code": "HOSTILE-1"}""".formatted(SCRIPT)));
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var result = mvc.perform(request).andReturn().getResponse();
		assertThat(result.getStatus()).as(result.getContentAsString()).isBetween(200, 299);
		return result.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String user, String uri, Object... vars) throws Exception {
		var response = mvc.perform(new Pages(accounts).get(user, uri, vars)).andReturn().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as(uri).doesNotContain(SCRIPT).doesNotContain(IMAGE).doesNotContain("<b>tebal</b>");
		return html;
	}

	@Test
	void showsScriptAndMarkupEscapedOnEveryPageThatShowsThem() throws Exception {
		assertThat(page("staff", "/workers/{id}", worker)).contains(ESCAPED_SCRIPT).contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("&lt;b&gt;tebal&lt;/b&gt;");
		assertThat(page("staff", "/workers?q=Bahaya")).contains(ESCAPED_SCRIPT);
		assertThat(page("staff", "/villages/{code}", VILLAGE)).contains(ESCAPED_SCRIPT + " Kades")
			.contains(ESCAPED_SCRIPT + " Festival");
		assertThat(page("kades.wonopringgo", "/villages/33.26.12.2008")).as("another village").doesNotContain(ESCAPED_SCRIPT);
		assertThat(page("staff", "/events/{id}", event)).contains(ESCAPED_SCRIPT + " Festival")
			.contains("&lt;img src=x onerror=alert(1)&gt;").contains(ESCAPED_SCRIPT + " Bahaya");
		assertThat(page("manager", "/campaigns")).contains(ESCAPED_SCRIPT + " Kampanye");
		assertThat(page("manager", "/campaigns/{id}", campaign)).contains(ESCAPED_SCRIPT + " Kampanye")
			.contains(ESCAPED_SCRIPT + " Festival");
		assertThat(page("manager", "/dashboard?region=33.26")).contains(ESCAPED_SCRIPT + " Kampanye");
		assertThat(page("manager", "/dashboard/agents?region=33.26")).contains(ESCAPED_SCRIPT + " Agen");
		page("staff", "/events/{id}/booth", event);
		page("staff", "/follow-up?region=" + VILLAGE);
	}

	@Test
	void storesSqlLikeTextExactlyAsTyped() throws Exception {
		mvc.perform(get("staff", "/api/v1/workers/{id}", worker))
			.andExpect(jsonPath("$.name").value(workerName))
			.andExpect(jsonPath("$.occupation").value("<b>tebal</b> " + SQL));
		mvc.perform(get("staff", "/api/v1/events/{id}", event)).andExpect(jsonPath("$.notes").value(SQL));
		mvc.perform(get("staff", "/api/v1/workers?q=drop table")).andExpect(jsonPath("$.content[0].id").value(worker));
	}

	@Test
	void refusesOversizeAndMalformedInputNamingTheField() throws Exception {
		String longName = "N".repeat(121);
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshNik(LocalDate.of(1971, 5, 6), false), longName)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
		mvc.perform(post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "Catatan panjang", "kind": "FESTIVAL",
				 "date": "2026-11-02", "notes": "%s"}""".formatted(campaign, VILLAGE, "x".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'notes')]").exists());
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshNik(LocalDate.of(1972, 5, 6), false), "Angka Salah")
			.replace("1000000", "\"banyak\"")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("staff", "/api/v1/workers", "{\"nik\": \"3326").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").exists())
			.andExpect(jsonPath("$.detail").exists());
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshNik(LocalDate.of(1973, 5, 6), false), "Kendali\\u0000Nol")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
	}
}
