package id.desasadar.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages tell the browser to run only the application's own scripts and styles, never to be framed, and
 * to keep addresses to itself; the language cookie is not readable by scripts. The browser tests run with
 * the same policy, so a page that needed an inline script would fail there.
 */
@IntegrationTest
class BrowserProtectionsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void everyPageCarriesAContentSecurityPolicyWithoutInlineScripts() throws Exception {
		for (String page : new String[] { "/", "/villages/33.26.12.2008", "/workers/new" }) {
			mvc.perform(new Pages(accounts).get("staff", page))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
						containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
						not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
	}

	@Test
	void theSignInPageIsProtectedToo() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void theLanguageCookieIsHiddenFromScriptsAndSameSite() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(header().string("Set-Cookie", allOf(containsString("lang=en"), containsString("HttpOnly"),
					containsString("SameSite=Lax"))));
	}

	@Test
	void aFormSentWithoutItsCsrfTokenIsRefusedAndNothingIsSaved() throws Exception {
		String profile = "/villages/33.26.12.2014/profile"; // Surobayan: no other test writes its profile
		mvc.perform(post(profile).with(user(accounts.loadUserByUsername("admin"))).param("headName", "Tanpa Token"))
			.andExpect(status().isForbidden());
		mvc.perform(post(profile).with(user(accounts.loadUserByUsername("admin")))
			.with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken()).param("headName", "Token Palsu"))
			.andExpect(status().isForbidden());
		mvc.perform(new Pages(accounts).get("admin", "/villages/33.26.12.2014"))
			.andExpect(content().string(not(containsString("Tanpa Token"))))
			.andExpect(content().string(not(containsString("Token Palsu"))));
	}

	@Test
	void anErrorPageShowsNoStackTraceOrSql() throws Exception {
		mvc.perform(new Pages(accounts).get("staff", "/workers/{id}", "bukan-angka"))
			.andExpect(content().string(allOf(not(containsString("Exception")), not(containsString("at org.")),
					not(containsString("select ")))));
		mvc.perform(new Pages(accounts).get("staff", "/workers/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Halaman tidak ditemukan"), not(containsString("Exception")))));
	}
}
