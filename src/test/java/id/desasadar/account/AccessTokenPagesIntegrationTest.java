package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** /account/tokens and the tokens on an administrator's account page. */
@IntegrationTest
class AccessTokenPagesIntegrationTest {

	static final Pattern SECRET = Pattern.compile("value=\"(dsp_[A-Za-z0-9_-]{43})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	MockHttpServletRequestBuilder create(Cookie session, String password) {
		return post("/account/tokens").cookie(session).with(csrf()).param("name", "Sistem informasi desa")
			.param("scope", "FULL").param("expiresInDays", "30").param("currentPassword", password);
	}

	long tokens(String username) {
		return jdbc.queryForObject("""
				select count(*) from access_token t join account a on a.id = t.account_id where a.username = ?""",
				Long.class, username);
	}

	@Test
	void createWithThePasswordSeeTheSecretOnceUseItAndRevoke() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.VILLAGE_HEAD, "33.26.12.2008");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/account/tokens\"")));
		mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Token akses API")))
			.andExpect(content().string(containsString("Belum ada token")));
		mvc.perform(create(session, "")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wajib diisi")));
		mvc.perform(create(session, "bukan ini")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kata sandi saat ini salah")));
		assertThat(tokens(username)).isZero();

		String page = mvc.perform(create(session, PASSWORD)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("tidak akan ditampilkan lagi")))
			.andReturn().getResponse().getContentAsString();
		Matcher shown = SECRET.matcher(page);
		assertThat(shown.find()).as("the secret on the page").isTrue();
		String secret = shown.group(1);
		mvc.perform(get("/api/v1/villages/33.26.12.2008").header("Authorization", "Bearer " + secret)
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
		mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(secret))))
			.andExpect(content().string(containsString(secret.substring(0, 12))))
			.andExpect(content().string(containsString("data-confirm")));

		long id = jdbc.queryForObject("""
				select t.id from access_token t join account a on a.id = t.account_id where a.username = ?""", Long.class,
				username);
		mvc.perform(post("/account/tokens/{id}/revoke", id).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"));
		mvc.perform(get("/api/v1/villages/33.26.12.2008").header("Authorization", "Bearer " + secret)
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		mvc.perform(get("/account/tokens").cookie(session).param("lang", "en"))
			.andExpect(content().string(containsString("Revoked")));
	}

	@Test
	void anAdministratorSeesAndRevokesAnAccountsTokensWithinScope() throws Exception {
		String staff = TestAccounts.create(registry, "token", Role.STAFF, "33.26.12");
		String created = mvc.perform(post("/api/v1/account/tokens").with(httpBasic(staff, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Antrean ponsel\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long token = id.desasadar.Api.idOf(created);
		long account = jdbc.queryForObject("select id from account where username = ?", Long.class, staff);
		Pages pages = new Pages(accounts);
		mvc.perform(pages.get("admin", "/admin/accounts/{id}", account)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Antrean ponsel")))
			.andExpect(content().string(containsString("/admin/accounts/" + account + "/tokens/" + token + "/revoke")));

		String outside = TestAccounts.create(registry, "admin", Role.ADMIN, "33.26.10");
		mvc.perform(pages.post(outside, "/admin/accounts/{id}/tokens/{token}/revoke", account, token))
			.andExpect(status().isNotFound());
		mvc.perform(pages.post("manager", "/admin/accounts/{id}/tokens/{token}/revoke", account, token))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select revoked_at from access_token where id = ?", Object.class, token)).isNull();

		mvc.perform(pages.post("admin", "/admin/accounts/{id}/tokens/{token}/revoke", account, token))
			.andExpect(redirectedUrl("/admin/accounts/" + account));
		assertThat(jdbc.queryForObject("select revoked_by from access_token where id = ?", String.class, token))
			.isEqualTo("admin");
	}
}
