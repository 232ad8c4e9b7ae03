package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** /account/password: everyone changes their own password, the current one first. */
@IntegrationTest
class PasswordPageIntegrationTest {

	static final String NEW = "tiga ekor kambing di Kajen";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	MockHttpServletRequestBuilder change(Cookie session, String current, String password, String confirmation) {
		return post("/account/password").cookie(session).with(csrf()).param("currentPassword", current)
			.param("newPassword", password).param("confirmation", confirmation);
	}

	@Test
	void everyRoleHasThePage() throws Exception {
		String head = TestAccounts.create(registry, "kades", Role.VILLAGE_HEAD, "33.26.10.2001");
		mvc.perform(get("/account/password").cookie(TestAccounts.signIn(mvc, head, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi saat ini")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")));
	}

	@Test
	void theCurrentPasswordIsRequiredAndTheNewOneFollowsThePolicy() throws Exception {
		String username = TestAccounts.create(registry, "ganti", Role.STAFF, "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(change(session, "", NEW, NEW)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wajib diisi")));
		mvc.perform(change(session, "bukan ini", NEW, NEW)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kata sandi saat ini salah")));
		mvc.perform(change(session, PASSWORD, "1q2w3e4r5t", "1q2w3e4r5t")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("paling sering dipakai")));
		mvc.perform(change(session, PASSWORD, NEW, NEW + "!").param("lang", "en")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The two new passwords differ")));
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theChangeKeepsThisSessionUnderANewIdAndEndsTheOthers() throws Exception {
		String username = TestAccounts.create(registry, "ganti", Role.STAFF, "33.26");
		Cookie other = TestAccounts.signIn(mvc, username, PASSWORD);
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		Cookie renewed = mvc.perform(change(session, PASSWORD, NEW, NEW)).andExpect(redirectedUrl("/account/password"))
			.andReturn().getResponse().getCookie(TestAccounts.SESSION);
		org.assertj.core.api.Assertions.assertThat(renewed).as("a new session id").isNotNull();
		org.assertj.core.api.Assertions.assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
		mvc.perform(get("/account/password").cookie(renewed)).andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah diubah")));
		mvc.perform(get("/").cookie(session).accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(other).accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, NEW))).andExpect(status().isOk());
	}
}
