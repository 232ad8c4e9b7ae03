package id.desasadar.dashboard;

import static id.desasadar.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.enrollment.CoverageWindows;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The figures the full dashboard adds (statuses, enrollments per month, top events, Desa Sadar villages) equal
 * direct counts on the demo data, unfiltered (from the aggregates) and filtered by period or campaign (counted).
 */
@IntegrationTest
class DashboardFiguresIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	DirectCounts direct() {
		return new DirectCounts(mvc, jdbc, windows);
	}

	String coverage(String query) throws Exception {
		return mvc.perform(get("manager", "/api/v1/dashboard/coverage?" + query)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	@Test
	void keepsTheFieldsOfTheContractAndAddsItsOwn() throws Exception {
		String json = coverage("regionCode=33.26");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$").keySet())
			.containsExactly("region", "totals", "children", "statuses", "byMonth", "events", "villages");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.region").keySet()).containsExactly("code", "name", "level");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.totals").keySet())
			.contains("workers", "enrolled", "active", "workforceEstimate", "byProgram");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.children[0]").keySet())
			.contains("code", "name", "workers", "enrolled", "active", "workforceEstimate", "coverage");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.villages").keySet()).containsExactlyInAnyOrder("ready", "declared");
		assertThat(JsonPath.<Map<String, Object>>read(json, "$.statuses").keySet())
			.containsExactlyInAnyOrder("pending", "active", "arrears", "lapsed");
	}

	@Test
	void unfilteredFiguresEqualDirectCountsOnTheDemoData() throws Exception {
		String json = coverage("regionCode=33.26");
		Map<String, Long> statuses = DirectCounts.statusesOf(json);
		assertThat(statuses).isEqualTo(direct().statuses("33.26", ""));
		assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(number(json, "$.totals.enrolled"));
		assertThat(statuses.get("active")).isEqualTo(number(json, "$.totals.active"));
		YearMonth now = YearMonth.from(DirectCounts.today());
		assertThat(DirectCounts.byMonthOf(json)).isEqualTo(direct().byMonth("33.26", now.minusMonths(11), now));
		assertThat(DirectCounts.eventsOf(json)).isNotEmpty().isEqualTo(direct().events("33.26"));
		assertThat(number(json, "$.villages.declared"))
			.isEqualTo(jdbc.queryForObject("select count(*) from designation where village_code like '33.26.%'", Long.class))
			.isGreaterThanOrEqualTo(3);
		String district = coverage("regionCode=33.26.12");
		assertThat(DirectCounts.villagesOf(district)).isEqualTo(direct().villages("33.26.12"));
	}

	@Test
	void aPeriodCountsTheEnrollmentsMadeInItMonthByMonth() throws Exception {
		String json = coverage("regionCode=33.26&from=2019-08-01&to=2019-09-30");
		long enrolled = jdbc.queryForObject("""
				select count(*) from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code like '33.26.%' and e.enrolled_on between '2019-08-01' and '2019-09-30'""", Long.class);
		assertThat(enrolled).isPositive();
		assertThat(number(json, "$.totals.enrolled")).isEqualTo(enrolled);
		Map<String, Long> months = DirectCounts.byMonthOf(json);
		assertThat(months.keySet()).containsExactly("2019-08", "2019-09");
		assertThat(months.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(enrolled);
		assertThat(DirectCounts.statusesOf(json)).isEqualTo(
				direct().statuses("33.26", "and e.enrolled_on between '2019-08-01' and '2019-09-30'"));
		List<String> events = jdbc.query("""
				select ev.id || ' ' || count(e.id) from event ev join enrollment e on e.event_id = ev.id
				where ev.village_code like '33.26.%' and e.enrolled_on between '2019-08-01' and '2019-09-30'
				group by ev.id, ev.event_date order by count(e.id) desc, ev.event_date desc, ev.id desc limit 10""",
				(rs, n) -> rs.getString(1));
		assertThat(DirectCounts.eventsOf(json)).isEqualTo(events);
	}

	@Test
	void aCampaignCountsTheEnrollmentsAtItsEventsOverItsMonths() throws Exception {
		Map<String, Object> campaign = jdbc.queryForMap("""
				select c.id, to_char(c.starts_on, 'YYYY-MM') as first, to_char(c.ends_on, 'YYYY-MM') as last
				from campaign c where exists (select 1 from event ev join enrollment e on e.event_id = ev.id
				where ev.campaign_id = c.id) order by c.id limit 1""");
		long id = ((Number) campaign.get("id")).longValue();
		String json = coverage("regionCode=33.26&campaignId=" + id);
		long enrolled = jdbc.queryForObject("""
				select count(*) from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null
				join event ev on ev.id = e.event_id where w.village_code like '33.26.%' and ev.campaign_id = ?""",
				Long.class, id);
		assertThat(number(json, "$.totals.enrolled")).isEqualTo(enrolled).isPositive();
		Map<String, Long> months = DirectCounts.byMonthOf(json);
		assertThat(months.keySet()).first().isEqualTo(campaign.get("first"));
		assertThat(months.keySet()).last().isEqualTo(campaign.get("last"));
		assertThat(DirectCounts.statusesOf(json)).isEqualTo(direct().statuses("33.26",
				"and e.event_id in (select id from event where campaign_id = " + id + ")"));
		assertThat(JsonPath.<List<Number>>read(json, "$.events[*].id")).isNotEmpty();
		for (Number event : JsonPath.<List<Number>>read(json, "$.events[*].id")) {
			assertThat(jdbc.queryForObject("select campaign_id from event where id = ?", Long.class, event.longValue()))
				.isEqualTo(id);
		}
	}

	@Test
	void answersOnlyWithinTheScopeAndNamesABadCampaign() throws Exception {
		mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=33.25")).andExpect(status().isNotFound());
		mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=33.26&campaignId=999999"))
			.andExpect(status().isNotFound());
		mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=33.26&campaignId=abc&from=2019-09-01&to=2019-08-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("campaignId", "to")));
	}
}
