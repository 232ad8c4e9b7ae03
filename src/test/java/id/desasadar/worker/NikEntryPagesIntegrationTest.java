package id.desasadar.worker;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.enrollment.RegistrationParams.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #17, item 5: a NIK typed on the registration page goes through {@link Nik} like the API's and an import's:
 * separators dropped, an impossible date refused beside the field.
 */
@IntegrationTest
class NikEntryPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("domain.md Identity data: a NIK typed with spaces as on the KTP registers as its 16 digits")
	void registersANikTypedWithSpaces() throws Exception {
		String nik = freshWorkerNik();
		String typed = nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " " + nik.substring(12);
		mvc.perform(valid(new Pages(accounts).post("staff", "/workers/new"), typed, "Halaman Spasi Contoh"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select name from worker where nik = ?", String.class, nik)).isEqualTo("Halaman Spasi Contoh");
	}

	@Test
	@DisplayName("domain.md Identity data: 31 April is no date: the page says so beside the NIK and saves nothing")
	void refusesAnImpossibleDateBesideTheNikField() throws Exception {
		mvc.perform(valid(new Pages(accounts).post("staff", "/workers/new"), "3326123104850001", "Halaman Tanggal Contoh"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"nik-error\".*bukan tanggal yang ada.*")));
		assertThat(jdbc.queryForObject("select count(*) from worker where nik = '3326123104850001'", Long.class)).isZero();
	}
}
