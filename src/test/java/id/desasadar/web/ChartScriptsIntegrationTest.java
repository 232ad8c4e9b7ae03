package id.desasadar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Chart.js (70 KB compressed, more than the rest of a page's scripts together) and the script that draws the
 * charts are linked only by a page that shows a table to draw (data-chart): the booth, on a village network,
 * never downloads them.
 */
@IntegrationTest
class ChartScriptsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "staff, /", "staff, /workers", "staff, /workers/new", "staff, /campaigns", "staff, /events/{event}",
			"staff, /events/{event}/booth", "staff, /regions/33.26", "staff, /follow-up", "staff, /imports/new",
			"staff, /account/password", "manager, /dashboard/villages?region=33.26&state=ready",
			"manager, /dashboard/agents?region=33.26", "manager, /audit", "kades.wonopringgo, /workers" })
	void aPageWithoutAChartLinksNoChartScript(String username, String path) throws Exception {
		String page = page(username, path);
		assertThat(page).doesNotContain("data-chart=\"").doesNotContain("/webjars/chart.js/").doesNotContain("/js/charts");
	}

	@ParameterizedTest
	@CsvSource({ "manager, /dashboard?region=33.26", "staff, /villages/33.26.12.2008",
			"kades.wonopringgo, /villages/33.26.12.2008" })
	void aPageWithAChartLinksChartJsAndTheChartScript(String username, String path) throws Exception {
		assertThat(page(username, path)).contains("data-chart=\"").contains("/webjars/chart.js/4.")
			.contains("/js/charts-");
	}

	/** The village page draws its statuses only when someone is enrolled: without, it links no chart script. */
	@Test
	void aVillageWithNobodyEnrolledLinksNoChartScript() throws Exception {
		String village = jdbc.queryForObject("""
				select code from region r where level = 'VILLAGE' and code like '33.26.%'
				and not exists (select 1 from worker w where w.village_code = r.code) order by code limit 1""",
				String.class);
		String page = page("staff", "/villages/" + village);
		assertThat(page).contains("id=\"statuses-none\"").doesNotContain("/webjars/chart.js/")
			.doesNotContain("/js/charts");
	}

	private String page(String username, String path) throws Exception {
		long event = jdbc.queryForObject("select min(id) from event", Long.class);
		return mvc.perform(new Pages(accounts).get(username, path.replace("{event}", String.valueOf(event))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
