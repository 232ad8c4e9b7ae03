package id.desasadar.account;

import static id.desasadar.account.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Personal access tokens against PostgreSQL (api.md and docs/security.md, Personal access tokens): created with a
 * password, used with {@code Authorization: Bearer}, listed, revoked and refused; the account's role, scopes and
 * state read at each use. Every test makes its own accounts.
 */
@IntegrationTest
class AccessTokensIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	/** A token made through the API with the account's password; answers the JSON of the creation. */
	String create(String username, String scope) throws Exception {
		return mvc.perform(post("/api/v1/account/tokens").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sistem informasi desa\", \"scope\": \"%s\"}".formatted(scope)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	static String secret(String json) {
		return JsonPath.read(json, "$.secret");
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
		return request.header("Authorization", "Bearer " + secret).accept(MediaType.APPLICATION_JSON);
	}

	long accountId(String username) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	List<Map<String, Object>> trail(long tokenId) {
		return jdbc.queryForList("""
				select actor, action, new_values::text as new_values from audit_event
				where record_type = 'access_token' and record_id = ? order by id""", String.valueOf(tokenId));
	}

	@Test
	void createUseListRevokeAndRefuse() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String created = mvc.perform(post("/api/v1/account/tokens").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Skrip kantor cabang\", \"scope\": \"FULL\", \"expiresInDays\": 30}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/account/tokens/")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.scope").value("FULL"))
			.andReturn().getResponse().getContentAsString();
		String secret = secret(created);
		long id = Api.idOf(created);
		assertThat(secret).matches("dsp_[A-Za-z0-9_-]{43}");
		assertThat(JsonPath.<String>read(created, "$.prefix")).isEqualTo(secret.substring(0, 12));

		mvc.perform(bearer(get("/api/v1/regions/33"), secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("33"));
		mvc.perform(bearer(get("/api/v1/account/tokens"), secret)).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.content[0].name").value("Skrip kantor cabang"))
			.andExpect(jsonPath("$.content[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.content[0].lastUsedAt").isNotEmpty())
			.andExpect(jsonPath("$.content[0].secret").doesNotExist())
			.andExpect(content().string(not(containsString(secret))));
		Map<String, Object> row = jdbc.queryForMap("select * from access_token where id = ?", id);
		assertThat(row.get("secret_hash")).isEqualTo(AccessTokenSecret.hashOf(secret));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(secret.substring(4)));
		assertThat(java.time.Duration.between(((java.sql.Timestamp) row.get("created_at")).toInstant(),
				((java.sql.Timestamp) row.get("expires_at")).toInstant())).hasDays(30);

		mvc.perform(bearer(delete("/api/v1/account/tokens/{id}", id), secret)).andExpect(status().isNoContent());
		for (int i = 0; i < 3; i++) {
			mvc.perform(bearer(get("/api/v1/regions/33"), secret)).andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
				.andExpect(jsonPath("$.code").value("invalid-token"))
				.andExpect(jsonPath("$.detail").value(containsString("dicabut")));
		}
		mvc.perform(get("/api/v1/account/tokens/{id}", id).with(httpBasic(username, PASSWORD)))
			.andExpect(jsonPath("$.status").value("REVOKED")).andExpect(jsonPath("$.revokedBy").value(username));

		List<Map<String, Object>> trail = trail(id);
		assertThat(trail).extracting(event -> event.get("action")).containsExactly("INSERT", "UPDATE", "ACCESS_REFUSED");
		assertThat(trail).extracting(event -> event.get("actor")).containsOnly(username);
		assertThat(trail.toString()).as("the trail holds neither the secret nor its hash").doesNotContain(secret.substring(4))
			.doesNotContain(AccessTokenSecret.hashOf(secret));
		assertThat((String) trail.get(2).get("new_values")).contains("\"reason\": \"revoked\"");
		// and the audit page tells it in words, to administrators
		mvc.perform(new id.desasadar.Pages(accounts).get("admin", "/audit").param("recordType", "access_token")
			.param("recordId", String.valueOf(id)).param("action", "ACCESS_REFUSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username + ": pemakaian token API")));
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String created = create(username, "FULL");
		jdbc.update("""
				update access_token set created_at = now() - interval '91 days', expires_at = now() - interval '1 day'
				where id = ?""", Api.idOf(created));
		mvc.perform(bearer(get("/api/v1/regions/33"), secret(created)))
			.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(containsString("kedaluwarsa")));
		mvc.perform(get("/api/v1/account/tokens/{id}", Api.idOf(created)).with(httpBasic(username, PASSWORD)))
			.andExpect(jsonPath("$.status").value("EXPIRED"));
	}

	@Test
	void theExpiryIsNinetyDaysUnlessSaidAndAtMostAYear() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String created = mvc.perform(post("/api/v1/account/tokens").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Bawaan\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.scope").value("READ_ONLY"))
			.andReturn().getResponse().getContentAsString();
		assertThat(jdbc.queryForObject("select extract(day from expires_at - created_at) from access_token where id = ?",
				Integer.class, Api.idOf(created))).isEqualTo(90);
		mvc.perform(post("/api/v1/account/tokens").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\", \"scope\": \"ADMIN\", \"expiresInDays\": 366}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("scope")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("expiresInDays")));
	}

	@Test
	void aReadOnlyTokenReadsButDoesNotWrite() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String created = create(username, "READ_ONLY");
		String secret = secret(created);
		mvc.perform(bearer(get("/api/v1/workers"), secret)).andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/workers"), secret).contentType(MediaType.APPLICATION_JSON)
			.content(Api.workerJson(Api.freshWorkerNik(), "Token Baca Saja")))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("read-only-token"));
		mvc.perform(bearer(delete("/api/v1/account/tokens/{id}", Api.idOf(created)), secret))
			.andExpect(status().isForbidden());
		assertThat(trail(Api.idOf(created))).extracting(event -> event.get("action")).containsExactly("INSERT",
				"ACCESS_REFUSED");
	}

	@Test
	void aFullTokenWritesWithTheAccountsRights() throws Exception {
		String staff = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String nik = Api.freshWorkerNik();
		mvc.perform(bearer(post("/api/v1/workers"), secret(create(staff, "FULL"))).contentType(MediaType.APPLICATION_JSON)
			.content(Api.workerJson(nik, "Token Penuh").replace("33.26.12.2008", "33.26.12.2006")))
			.andExpect(status().isCreated());
		String head = TestAccounts.create(registry, "kades", Role.VILLAGE_HEAD, "33.26.12.2006");
		mvc.perform(bearer(post("/api/v1/workers"), secret(create(head, "FULL"))).contentType(MediaType.APPLICATION_JSON)
			.content(Api.workerJson(Api.freshWorkerNik(), "Token Kades")))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("forbidden"));
	}

	@Test
	void aDisabledAccountsTokensAreRefusedAndARoleChangeHoldsAtOnce() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.MANAGER, "33.26");
		String secret = secret(create(username, "FULL"));
		mvc.perform(bearer(get("/api/v1/dashboard/staff").param("regionCode", "33.26"), secret)).andExpect(status().isOk());
		jdbc.update("update account set role = 'STAFF', version = version + 1 where username = ?", username);
		mvc.perform(bearer(get("/api/v1/dashboard/staff").param("regionCode", "33.26"), secret))
			.andExpect(status().isForbidden());
		jdbc.update("update account set enabled = false, version = version + 1 where username = ?", username);
		mvc.perform(bearer(get("/api/v1/regions/33"), secret)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("invalid-token"));
	}

	@Test
	void aVillageHeadsTokenSeesOnlyTheVillageAsTheAccountDoesNow() throws Exception {
		String head = TestAccounts.create(registry, "kades", Role.VILLAGE_HEAD, "33.26.12.2008");
		String secret = secret(create(head, "READ_ONLY"));
		mvc.perform(bearer(get("/api/v1/villages/33.26.12.2008"), secret)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/villages/33.26.10.2013"), secret)).andExpect(status().isNotFound());
		jdbc.update("update account_scope set region_code = '33.26.10.2013' where account_id = ?", accountId(head));
		mvc.perform(bearer(get("/api/v1/villages/33.26.12.2008"), secret)).andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/villages/33.26.10.2013"), secret)).andExpect(status().isOk());
	}

	@Test
	void aTokenCannotCreateTokens() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.ADMIN, "33.26");
		mvc.perform(bearer(post("/api/v1/account/tokens"), secret(create(username, "FULL")))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Anak token\", \"scope\": \"FULL\"}"))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("token-cannot-create-tokens"));
		assertThat(jdbc.queryForObject("select count(*) from access_token where account_id = ?", Integer.class,
				accountId(username))).isEqualTo(1);
	}

	@Test
	void unknownAndMalformedTokensAreRefusedAndAuditedOnceAMinute() throws Exception {
		long before = jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and record_id is null""", Long.class);
		for (String made : List.of(AccessTokenSecret.generate().value(), "dsp_short", "", "not even close")) {
			mvc.perform(get("/api/v1/regions/33").header("Authorization", "Bearer " + made).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("invalid-token"));
		}
		long after = jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCESS_REFUSED' and record_id is null""", Long.class);
		assertThat(after - before).isLessThanOrEqualTo(1);
	}

	@Test
	void anAdministratorListsAndRevokesTheTokensOfAnAccountInScope() throws Exception {
		String staff = TestAccounts.create(registry, "token", Role.STAFF, "33.26.12");
		String created = create(staff, "FULL");
		long account = accountId(staff);
		mvc.perform(get("/api/v1/accounts/{id}/tokens", account).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(Api.idOf(created)))
			.andExpect(content().string(not(containsString(secret(created)))));
		mvc.perform(delete("/api/v1/accounts/{id}/tokens/{tokenId}", account, Api.idOf(created)).with(httpBasic("admin", "demo")))
			.andExpect(status().isNoContent());
		mvc.perform(bearer(get("/api/v1/regions/33"), secret(created))).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select revoked_by from access_token where id = ?", String.class, Api.idOf(created)))
			.isEqualTo("admin");
		assertThat(trail(Api.idOf(created))).filteredOn(event -> "UPDATE".equals(event.get("action")))
			.extracting(event -> event.get("actor")).containsExactly("admin");
		// another account's token under this account's address: unknown here
		String other = create(TestAccounts.create(registry, "token", Role.STAFF, "33.26.12"), "FULL");
		mvc.perform(delete("/api/v1/accounts/{id}/tokens/{tokenId}", account, Api.idOf(other)).with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/account/tokens/{tokenId}", Api.idOf(other)).with(httpBasic(staff, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(bearer(get("/api/v1/regions/33"), secret(other))).andExpect(status().isOk());
	}

	@Test
	void anAdministratorOutOfScopeGets404AndOthersAre403() throws Exception {
		String staff = TestAccounts.create(registry, "token", Role.STAFF, "33.26.12");
		String created = create(staff, "FULL");
		String admin = TestAccounts.create(registry, "admin", Role.ADMIN, "33.26.10");
		long account = accountId(staff);
		mvc.perform(get("/api/v1/accounts/{id}/tokens", account).with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/accounts/{id}/tokens/{tokenId}", account, Api.idOf(created)).with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/{id}/tokens", account).with(httpBasic("manager", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/regions/33"), secret(created))).andExpect(status().isOk());
	}

	@Test
	void aBearerCallSkipsTheCrossSiteCheckWhichBasicStillMeets() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String first = create(username, "FULL");
		String second = create(username, "FULL");
		mvc.perform(bearer(delete("/api/v1/account/tokens/{id}", Api.idOf(first)), secret(second))
			.header("Origin", "https://sistem-desa.example").header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/account/tokens/{id}", Api.idOf(second)).with(httpBasic(username, PASSWORD))
			.header("Origin", "https://sistem-desa.example").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("cross-site"));
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
		String username = TestAccounts.create(registry, "token", Role.STAFF, "33.26");
		String created = create(username, "READ_ONLY");
		mvc.perform(bearer(get("/api/v1/regions/33"), secret(created))).andExpect(status().isOk());
		Object first = jdbc.queryForObject("select last_used_at from access_token where id = ?", Object.class,
				Api.idOf(created));
		for (int i = 0; i < 5; i++) {
			mvc.perform(bearer(get("/api/v1/regions/33"), secret(created))).andExpect(status().isOk());
		}
		assertThat(jdbc.queryForObject("select last_used_at from access_token where id = ?", Object.class,
				Api.idOf(created))).isNotNull().isEqualTo(first);
		assertThat(trail(Api.idOf(created))).as("a use is no change in the trail").hasSize(1);
	}
}
