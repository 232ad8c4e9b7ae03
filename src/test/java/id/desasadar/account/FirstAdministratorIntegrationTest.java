package id.desasadar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * api.md, Running: without demo data there are no demo accounts, and DESA_SADAR_ADMIN_PASSWORD creates the
 * account admin on first start. A database of its own, as on a fresh installation.
 */
@SpringBootTest(properties = { "desa-sadar.data-dir=target/test-data-first-admin", "desa-sadar.demo=false",
		"desa-sadar.admin-password=Sangat-Rahasia-2026" })
@AutoConfigureMockMvc
class FirstAdministratorIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsOnlyTheAdministratorWithAHashedPasswordAndEveryLoadedProvince() throws Exception {
		assertThat(jdbc.queryForList("select username from account", String.class)).containsExactly("admin");
		assertThat(jdbc.queryForObject("select password_hash from account", String.class))
			.startsWith("{bcrypt}").doesNotContain("Sangat-Rahasia-2026");
		assertThat(jdbc.queryForList("select region_code from account_scope", String.class)).containsExactly("33");
		assertThat(jdbc.queryForObject("select count(*) from worker", Long.class)).isZero();
		mvc.perform(get("/api/v1/regions/33").with(httpBasic("admin", "Sangat-Rahasia-2026"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions/33").with(httpBasic("staff", "demo"))).andExpect(status().isUnauthorized());
	}
}
