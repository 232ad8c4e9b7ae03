package id.desasadar.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

/** Issue #17, item 3: the rules page, {@code /rules}, for managers and administrators. */
@IntegrationTest
class RulesPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecentRules recentRules;

	@Autowired
	UserDetailsService accounts;

	KeptRules kept;

	@BeforeEach
	void keep() {
		kept = new KeptRules(jdbc, recentRules);
	}

	@AfterEach
	void putBack() {
		kept.putBack();
	}

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	@DisplayName("issue #17: every section with its rows and their periods, and how soon a change is quoted, in the page's words")
	void showsEverySectionWithItsPeriods() throws Exception {
		mvc.perform(pages().get("manager", "/rules").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tarif iuran")))
			.andExpect(content().string(containsString("Tabel penghasilan BPU")))
			.andExpect(content().string(containsString("Potongan iuran")))
			.andExpect(content().string(containsString("Batas upah")))
			.andExpect(content().string(containsString("paling lambat 1 menit setelah disimpan")))
			.andExpect(content().string(containsString("PP-49-2020")))
			.andExpect(content().string(containsString("20.700.000")))
			.andExpect(content().string(containsString("11.086.300")))
			.andExpect(content().string(containsString("id=\"nav-rules\"")));
		mvc.perform(pages().get("admin", "/rules?lang=en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contribution rates")))
			.andExpect(content().string(containsString("at most 1 minute after it is saved")));
	}

	@Test
	@DisplayName("issue #17: the page adds a successor and ends the rate it replaces, then says so")
	void addsASuccessorFromThePage() throws Exception {
		long jht = jdbc.queryForObject("select id from contribution_rate where program = 'JHT' and segment = 'BPU' and valid_to is null",
				Long.class);
		mvc.perform(pages().post("manager", "/rules/rates").param("program", "JHT").param("segment", "BPU")
				.param("kind", "PERCENT_OF_BASE").param("percent", "2,5").param("amount", "").param("riskClass", "")
				.param("validFrom", "2090-01").param("validTo", "").param("source", "Uji halaman")
				.param("replaces", String.valueOf(jht)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rules#rates"))
			.andExpect(flash().attribute("flash", "rules.page.added"));
		assertThat(jdbc.queryForObject("select valid_to from contribution_rate where id = ?", LocalDate.class, jht))
			.isEqualTo(LocalDate.of(2090, 1, 1));
		assertThat(jdbc.queryForObject("select percent from contribution_rate where program = 'JHT' and segment = 'BPU' and valid_from = '2090-01-01'",
				java.math.BigDecimal.class)).isEqualByComparingTo("2.5");
	}

	@Test
	@DisplayName("issue #17: a refused change shows the form again, open, with the message beside the field (400), and saves nothing")
	void showsTheRefusalBesideTheField() throws Exception {
		long rows = jdbc.queryForObject("select count(*) from income_bracket", Long.class);
		mvc.perform(pages().post("manager", "/rules/income-brackets").param("minIncome", "1000000").param("maxIncome", "1199999")
				.param("base", "1100000").param("validFrom", "2090-01").param("source", "Uji"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Masa berlaku bertumpang dengan aturan #")))
			.andExpect(content().string(containsString("value=\"1199999\"")))
			.andExpect(content().string(containsString("<details class=\"border rounded p-3\" id=\"income-brackets-add\" open")));
		assertThat(jdbc.queryForObject("select count(*) from income_bracket", Long.class)).isEqualTo(rows);
	}

	@Test
	@DisplayName("issue #17: a row is ended from the page; an end in the past is refused beside that row's form")
	void endsARowFromThePage() throws Exception {
		long jp = jdbc.queryForObject("select id from wage_cap where program = 'JP' and valid_from = '2026-03-01'", Long.class);
		mvc.perform(pages().post("manager", "/rules/wage-caps/{id}/end", jp).param("validTo", "2020-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"wage-caps-end-" + jp + "\" open")))
			.andExpect(content().string(containsString("tidak boleh berlaku surut")));
		long added = jdbc.queryForObject("""
				insert into wage_cap (program, cap, valid_from, source) values ('JKK', 9000000, '2090-01-01', 'Uji') returning id""",
				Long.class);
		mvc.perform(pages().post("admin", "/rules/wage-caps/{id}/end", added).param("validTo", "2091-01"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "rules.page.ended"));
		assertThat(jdbc.queryForObject("select valid_to from wage_cap where id = ?", LocalDate.class, added))
			.isEqualTo(LocalDate.of(2091, 1, 1));
	}

	@Test
	@DisplayName("api.md Access: managers manage rates; staff and village heads do not see the rules page")
	void isForManagersAndAdministrators() throws Exception {
		mvc.perform(pages().get("staff", "/rules").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		mvc.perform(pages().post("staff", "/rules/rates").param("program", "JKK")).andExpect(status().isForbidden());
		mvc.perform(pages().get("staff", "/").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("id=\"nav-rules\""))));
	}
}
