package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import jakarta.servlet.http.Cookie;

/** /admin/accounts: administrators create and change accounts; every change holds from the next request on. */
@IntegrationTest
class AccountPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	Pages pages() {
		return new Pages(accounts);
	}

	MockHttpServletRequestBuilder creation(String admin, String username, String role, String scopes, String password) {
		return pages().post(admin, "/admin/accounts").param("username", username).param("displayName", "Uji " + username)
			.param("role", role).param("scopes", scopes).param("password", password);
	}

	long create(String username, String role, String scopes) throws Exception {
		String location = mvc.perform(creation("admin", username, role, scopes, PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/admin/accounts/".length()));
	}

	long version(long id) {
		return jdbc.queryForObject("select version from account where id = ?", Long.class, id);
	}

	MockHttpServletRequestBuilder change(String admin, long id, String role, String scopes, long version) {
		return pages().post(admin, "/admin/accounts/{id}", id).param("displayName", "Uji diubah").param("role", role)
			.param("scopes", scopes).param("version", String.valueOf(version));
	}

	MockHttpServletRequestBuilder enable(String admin, long id, boolean enabled) {
		return pages().post(admin, "/admin/accounts/{id}/enabled", id).param("enabled", String.valueOf(enabled))
			.param("version", String.valueOf(version(id)));
	}

	@Test
	void anAdministratorCreatesAnAccountThatSignsInByFormAndApi() throws Exception {
		String username = TestAccounts.freshUsername("petugas");
		long id = create(username, "STAFF", "33.26.12, 33.26.10");
		mvc.perform(pages().get("admin", "/admin/accounts/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(username), containsString("33.26.10, 33.26.12"),
					not(containsString("$2a$")))));
		TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void everyBadFieldIsNamedInTheFormAndNothingIsSaved() throws Exception {
		mvc.perform(creation("admin", "Nama Dengan Spasi", "", "99.99, 33.26.xx", "rahasia"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Gunakan 2 sampai 60 huruf kecil"), containsString("Wajib diisi"),
					containsString("Kode wilayah 99.99 tidak dikenal"), containsString("sedikitnya 10 karakter"))));
		mvc.perform(creation("admin", "nama dengan spasi", "", "", "1234567890").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Use 2 to 60 lower-case letters"),
					containsString("among the most used"))));
		assertThat(jdbc.queryForObject("select count(*) from account where display_name like 'Uji nama dengan spasi%' "
				+ "or display_name like 'Uji Nama Dengan%'", Long.class)).isZero();
	}

	@Test
	void thePasswordMayNotContainTheUsername() throws Exception {
		String username = TestAccounts.freshUsername("sragi");
		mvc.perform(creation("admin", username, "STAFF", "33.26", username.toUpperCase() + "-kopi-tubruk"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("tidak boleh memuat nama pengguna")));
	}

	@Test
	void aUsernameIsTakenOnce() throws Exception {
		mvc.perform(creation("admin", "staff", "STAFF", "33.26", PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sudah dipakai")));
	}

	@Test
	void aVillageHeadGetsExactlyOneVillage() throws Exception {
		for (String scopes : List.of("33.26.12", "33.26.12.2008, 33.26.10.2013")) {
			mvc.perform(creation("admin", TestAccounts.freshUsername("kades"), "VILLAGE_HEAD", scopes, PASSWORD))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("tepat satu wilayah")));
		}
		String head = TestAccounts.freshUsername("kades");
		create(head, "VILLAGE_HEAD", "33.26.10.2001");
		mvc.perform(new Pages(accounts).get(head, "/villages/33.26.10.2001")).andExpect(status().isOk());
		mvc.perform(new Pages(accounts).get(head, "/villages/33.26.12.2008")).andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorGrantsAndSeesOnlyWithinTheirOwnScopes() throws Exception {
		String regencyAdmin = TestAccounts.create(registry, "admin-kab", Role.ADMIN, "33.26");
		mvc.perform(creation(regencyAdmin, TestAccounts.freshUsername("staf"), "STAFF", "33.25", PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wilayah 33.25 di luar wilayah Anda")));
		long province = jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		mvc.perform(pages().get(regencyAdmin, "/admin/accounts/{id}", province)).andExpect(status().isNotFound());
		mvc.perform(pages().get(regencyAdmin, "/admin/accounts").param("q", "admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(regencyAdmin), not(containsString("id=\"account-admin\"")))));
	}

	@Test
	void theListIsPagedAndSearchable() throws Exception {
		String prefix = TestAccounts.freshUsername("cari");
		for (int i = 0; i < 21; i++) {
			registry.createIfMissing(prefix + "-" + (char) ('a' + i), PASSWORD, Role.STAFF, "Uji Cari", java.util.Set.of("33.26"));
		}
		mvc.perform(pages().get("admin", "/admin/accounts").param("q", prefix.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(prefix + "-a"), not(containsString(prefix + "-u")),
					containsString("Halaman 1 dari 2 (21 data)"))));
		mvc.perform(pages().get("admin", "/admin/accounts").param("q", prefix).param("page", "1"))
			.andExpect(content().string(allOf(containsString(prefix + "-u"), not(containsString(prefix + "-a<")))));
		mvc.perform(pages().get("admin", "/admin/accounts").param("q", "tidak-ada-yang-begini"))
			.andExpect(content().string(containsString("Tidak ada akun yang cocok")));
	}

	@Test
	void aDisabledAccountCannotSignInAndItsOpenSessionEnds() throws Exception {
		String username = TestAccounts.freshUsername("nonaktif");
		long id = create(username, "STAFF", "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(enable("admin", id, false)).andExpect(redirectedUrl("/admin/accounts/" + id));

		mvc.perform(get("/").cookie(session).accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());

		mvc.perform(enable("admin", id, true)).andExpect(redirectedUrl("/admin/accounts/" + id));
		TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aNewRoleEndsTheOpenSessionsAndHoldsAtTheNextSignIn() throws Exception {
		String username = TestAccounts.freshUsername("naik");
		long id = create(username, "STAFF", "33.26");
		Cookie session = TestAccounts.signIn(mvc, username, PASSWORD);
		mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isForbidden());

		mvc.perform(change("admin", id, "MANAGER", "33.26", version(id))).andExpect(redirectedUrl("/admin/accounts/" + id));

		mvc.perform(get("/dashboard").cookie(session).accept("text/html")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/dashboard").cookie(TestAccounts.signIn(mvc, username, PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aResetPasswordFollowsThePolicyAndReplacesTheOldOne() throws Exception {
		String username = TestAccounts.freshUsername("lupa");
		long id = create(username, "STAFF", "33.26");
		mvc.perform(pages().post("admin", "/admin/accounts/{id}/password", id).param("password", "qwertyuiop")
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("paling sering dipakai")));
		String fresh = "kopi tubruk tanpa gula";
		mvc.perform(pages().post("admin", "/admin/accounts/{id}/password", id).param("password", fresh)
			.param("version", String.valueOf(version(id))))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/regions/33.26").with(httpBasic(username, fresh))).andExpect(status().isOk());
	}

	@Test
	void theSecondOfTwoAdministratorsChangingOneAccountIsTold() throws Exception {
		String username = TestAccounts.freshUsername("rebutan");
		long id = create(username, "STAFF", "33.26");
		long read = version(id);
		mvc.perform(change("admin", id, "MANAGER", "33.26", read)).andExpect(redirectedUrl("/admin/accounts/" + id));
		mvc.perform(change("admin", id, "STAFF", "33.26.12", read))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("baru saja diubah oleh orang lain")));
		assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, id)).isEqualTo("MANAGER");
	}

	@Test
	void twoChangesAtTheSameMomentOneWins() throws Exception {
		String username = TestAccounts.freshUsername("serentak");
		long id = create(username, "STAFF", "33.26");
		long read = version(id);
		List<Integer> statuses = Api.statusesAtOnce(mvc, List.of(change("admin", id, "MANAGER", "33.26", read),
				change("admin", id, "STAFF", "33.26.12", read)));
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		assertThat(version(id)).isEqualTo(read + 1);
	}

	@Test
	@Transactional
	void theLastActiveAdministratorCannotBeDisabledNorDemoted() throws Exception {
		// Within this test's transaction (rolled back), every other administrator is disabled.
		jdbc.update("update account set enabled = false where role = 'ADMIN' and username <> 'admin'");
		long admin = jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		mvc.perform(change("admin", admin, "MANAGER", "33", version(admin)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sedikitnya satu administrator yang aktif")));
		mvc.perform(enable("admin", admin, false))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("sedikitnya satu administrator yang aktif")));
	}

	@Test
	void anAdministratorMayStepDownWhileAnotherRemains() throws Exception {
		String second = TestAccounts.freshUsername("admin2");
		long id = create(second, "ADMIN", "33.26");
		mvc.perform(change(second, id, "MANAGER", "33.26", version(id))).andExpect(redirectedUrl("/admin/accounts/" + id));
		assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, id)).isEqualTo("MANAGER");
	}

	@Test
	void onlyAdministratorsReachTheAccountsPages() throws Exception {
		for (String user : List.of("manager", "staff", "kades.wonopringgo")) {
			mvc.perform(pages().get(user, "/admin/accounts")).andExpect(status().isForbidden());
			mvc.perform(creation(user, TestAccounts.freshUsername("x"), "ADMIN", "33", PASSWORD)).andExpect(status().isForbidden());
		}
		mvc.perform(pages().get("admin", "/admin/accounts")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-accounts\"")));
		mvc.perform(pages().get("staff", "/")).andExpect(content().string(allOf(not(containsString("id=\"nav-accounts\"")),
				containsString("id=\"nav-password\""))));
	}
}
