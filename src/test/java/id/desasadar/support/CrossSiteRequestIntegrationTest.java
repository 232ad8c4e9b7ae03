package id.desasadar.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #16, item 6: a state-changing request a browser says comes from another site is refused, even with a
 * valid CSRF token; the same request from the application's own origin, or from a client that is no browser,
 * goes on (here to a 400 for its empty body).
 */
@IntegrationTest
class CrossSiteRequestIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void refusesAStateChangingRequestFromAnotherSite() throws Exception {
		mvc.perform(post("/api/v1/workers").with(httpBasic("staff", "demo")).with(csrf())
			.header("Origin", "https://evil.example").contentType(MediaType.APPLICATION_JSON).content("{}")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("cross-site"));
		mvc.perform(post("/api/v1/workers").with(httpBasic("staff", "demo"))
			.header("Sec-Fetch-Site", "cross-site").contentType(MediaType.APPLICATION_JSON).content("{}")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(csrf()).header("Origin", "http://evil.example").accept("text/html"))
			.andExpect(status().isForbidden());
	}

	@Test
	void letsTheOwnOriginAndClientsThatAreNoBrowserThrough() throws Exception {
		mvc.perform(post("/api/v1/workers").with(httpBasic("staff", "demo")).header("Origin", "http://localhost")
			.header("Sec-Fetch-Site", "same-origin").contentType(MediaType.APPLICATION_JSON).content("{}")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/workers").with(httpBasic("staff", "demo")).contentType(MediaType.APPLICATION_JSON)
			.content("{}").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
	}
}
