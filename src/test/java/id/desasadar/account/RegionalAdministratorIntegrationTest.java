package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #16, item 6: an administrator whose scope is a region (Kabupaten Pekalongan) reads the import jobs and the
 * audit history of the accounts they manage only (every scope of the account within theirs), on the pages and the
 * API; anything else is unknown (404) or left out of the lists, so its existence is not given away. An
 * administrator of the whole province still reads both.
 */
@IntegrationTest
class RegionalAdministratorIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRegistry registry;

	@Autowired
	AccountDetails accounts;

	/** Pekalongan's administrator, staff of Pekalongan, staff of Batang (33.25), outside the administrator's scope. */
	record Cast(String regional, String inside, String outside) {
	}

	Cast cast() {
		return new Cast(TestAccounts.create(registry, "admin-kab", Role.ADMIN, "33.26"),
				TestAccounts.create(registry, "staf-pkl", Role.STAFF, "33.26"),
				TestAccounts.create(registry, "staf-btg", Role.STAFF, "33.25"));
	}

	MockHttpServletRequestBuilder api(String username, String uri, Object... vars) {
		String password = username.equals("admin") ? "demo" : TestAccounts.PASSWORD;
		return MockMvcRequestBuilders.get(uri, vars).with(httpBasic(username, password)).accept(MediaType.APPLICATION_JSON);
	}

	long job(String uploader) {
		return jdbc.queryForObject("""
				insert into import_job (kind, status, file_name, file_format, file_sha256, file_size, uploaded_by, total_rows,
				    created_at, finished_at)
				values ('WORKERS', 'DONE', 'daftar.csv', 'CSV', repeat('0', 64), 10, ?, 0, now(), now()) returning id""",
				Long.class, uploader);
	}

	long account(String username) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	@Test
	void importJobsOfUploadersOutsideTheScopeAreUnknown() throws Exception {
		Cast cast = cast();
		long inside = job(cast.inside());
		long outside = job(cast.outside());
		mvc.perform(api(cast.regional(), "/api/v1/imports/{id}", inside)).andExpect(status().isOk());
		mvc.perform(api(cast.regional(), "/api/v1/imports/{id}", outside)).andExpect(status().isNotFound());
		Pages pages = new Pages(accounts);
		mvc.perform(pages.get(cast.regional(), "/imports/{id}", inside)).andExpect(status().isOk());
		mvc.perform(pages.get(cast.regional(), "/imports/{id}", outside)).andExpect(status().isNotFound());
		mvc.perform(pages.get(cast.regional(), "/imports/{id}/progress", outside)).andExpect(status().isNotFound());
		mvc.perform(pages.get(cast.regional(), "/imports/{id}/errors.csv", outside)).andExpect(status().isNotFound());
		// the uploader and the province's administrator still read it; another staff member does not
		mvc.perform(api(cast.outside(), "/api/v1/imports/{id}", outside)).andExpect(status().isOk());
		mvc.perform(api("admin", "/api/v1/imports/{id}", outside)).andExpect(status().isOk());
		mvc.perform(api(cast.inside(), "/api/v1/imports/{id}", outside)).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryOfAccountsOutsideTheScopeIsLeftOut() throws Exception {
		Cast cast = cast();
		long inside = account(cast.inside());
		long outside = account(cast.outside());
		assertThat(events(cast.regional(), "account", inside)).as("an account managed").isNotEmpty();
		assertThat(events(cast.regional(), "account_scope", inside)).isNotEmpty();
		assertThat(events(cast.regional(), "account", outside)).as("an account of another regency").isEmpty();
		assertThat(events(cast.regional(), "account_scope", outside)).isEmpty();
		assertThat(events("admin", "account", outside)).as("the province's administrator").isNotEmpty();
		// unfiltered, the whole trail of accounts holds none of the account outside
		String all = mvc.perform(api(cast.regional(), "/api/v1/audit").param("size", "200"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(all, "$.content[?(@.recordType == 'account')].recordId");
		assertThat(ids).contains(String.valueOf(inside)).doesNotContain(String.valueOf(outside));
		Pages pages = new Pages(accounts);
		String page = mvc.perform(pages.get(cast.regional(), "/audit").param("recordType", "account")
			.param("recordId", String.valueOf(outside))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(cast.outside());
		String seen = mvc.perform(pages.get(cast.regional(), "/audit").param("recordType", "account")
			.param("recordId", String.valueOf(inside))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(seen).contains(cast.inside());
		mvc.perform(pages.get(cast.regional(), "/admin/accounts/{id}", outside)).andExpect(status().isNotFound());
		mvc.perform(pages.get(cast.regional(), "/admin/accounts/{id}", inside)).andExpect(status().isOk());
	}

	List<Object> events(String viewer, String recordType, long recordId) throws Exception {
		String json = mvc.perform(api(viewer, "/api/v1/audit").param("recordType", recordType)
			.param("recordId", String.valueOf(recordId))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.content");
	}
}
