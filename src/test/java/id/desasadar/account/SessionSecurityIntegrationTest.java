package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Page sessions: a new id at sign-in, gone at sign-out, and an idle timeout. */
@IntegrationTest
class SessionSecurityIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	Environment environment;

	@Test
	void signingInChangesTheSessionId() throws Exception {
		String username = TestAccounts.create(registry, "sesi", Role.STAFF, "33.26");
		MockHttpSession before = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
		String idBefore = before.getId();
		MockHttpSession after = (MockHttpSession) mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).session(before)
				// As a browser sends it: the session id of its cookie.
				.with(request -> {
					request.setRequestedSessionId(idBefore);
					return request;
				}))
			.andExpect(redirectedUrl("/"))
			.andReturn().getRequest().getSession(false);
		assertThat(after.getId()).isNotEqualTo(idBefore);
		mvc.perform(get("/").session(after)).andExpect(status().isOk());
	}

	@Test
	void signingOutInvalidatesTheSession() throws Exception {
		String username = TestAccounts.create(registry, "keluar", Role.STAFF, "33.26");
		MockHttpSession session = TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void idleSessionsExpireAfterThirtyMinutes() {
		assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
	}
}
