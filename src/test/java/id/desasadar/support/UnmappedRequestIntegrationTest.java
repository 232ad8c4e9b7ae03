package id.desasadar.support;

import static id.desasadar.Api.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An unknown address or a wrong method: problem JSON with its code under /api, the error page elsewhere. */
@IntegrationTest
class UnmappedRequestIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void answersAnUnknownApiAddressWithProblemJson() throws Exception {
		mvc.perform(get("staff", "/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.code").value("not-found"));
	}

	@Test
	void answersAWrongMethodWithProblemJsonAndTheAllowedOnes() throws Exception {
		mvc.perform(MockMvcRequestBuilders.delete("/api/v1/workers").with(httpBasic("staff", "demo"))
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("method-not-allowed"))
			.andExpect(header().string("Allow", containsString("GET")));
	}

	@Test
	void showsTheNotFoundPageForAnUnknownPage() throws Exception {
		mvc.perform(new Pages(accounts).get("staff", "/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")));
	}
}
