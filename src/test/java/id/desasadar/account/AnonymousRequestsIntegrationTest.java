package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * Issue #16, item 6: a stranger's request to a protected page writes no session row (it was an unauthenticated,
 * unthrottled database write); where it was going is kept in a cookie of its path only, so the redirects after
 * signing in are relative, whatever {@code Host} the request named.
 */
@IntegrationTest
class AnonymousRequestsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRegistry registry;

	int sessionRows() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	@Test
	void anonymousRequestsToProtectedPagesWriteNoSessionRow() throws Exception {
		int before = sessionRows();
		for (int i = 0; i < 25; i++) {
			for (String page : new String[] { "/workers", "/dashboard", "/admin/accounts", "/workers/1" }) {
				MockHttpServletResponse response = mvc.perform(get(page).accept("text/html"))
					.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"))
					.andReturn().getResponse();
				assertThat(response.getCookie("SESSION")).isNull();
			}
		}
		assertThat(sessionRows()).as("after the protected pages").isEqualTo(before);
		// Not covered yet: the sign-in page itself (GET /login) still opens a session (issue #16, left open).
	}

	@Test
	void afterSigningInTheBrowserGoesOnToThePathItAskedForRelativeWhateverTheHost() throws Exception {
		String username = TestAccounts.create(registry, "lanjut", Role.STAFF, "33.26");
		MockHttpServletResponse refused = mvc.perform(get("/workers?page=1").accept("text/html")
			.with(request -> {
				request.setServerName("evil.example");
				request.addHeader("Host", "evil.example");
				return request;
			}))
			.andExpect(redirectedUrl("/login")).andReturn().getResponse();
		Cookie target = refused.getCookie(ContinueCookieRequestCache.COOKIE);
		assertThat(target).isNotNull();
		assertThat(target.isHttpOnly()).isTrue();
		mvc.perform(post("/login").param("username", username).param("password", TestAccounts.PASSWORD).with(csrf())
			.cookie(target).with(request -> {
				request.setServerName("evil.example");
				return request;
			}))
			.andExpect(redirectedUrl("/workers?page=1"));
	}

	@Test
	void onlyALocalPathIsEverKept() {
		assertThat(ContinueCookieRequestCache.isLocal("/workers?q=1")).isTrue();
		assertThat(ContinueCookieRequestCache.isLocal("//evil.example/x")).isFalse();
		assertThat(ContinueCookieRequestCache.isLocal("https://evil.example")).isFalse();
		assertThat(ContinueCookieRequestCache.isLocal("/\\evil.example")).isFalse();
		assertThat(ContinueCookieRequestCache.isLocal("/x\r\nSet-Cookie: a=b")).isFalse();
	}
}
