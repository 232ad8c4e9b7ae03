package id.desasadar.dashboard;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class DashboardIntegrationTest {

	static final String WONOPRINGGO_DISTRICT = "33.26.12";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	String coverage(String user, String query) throws Exception {
		return mvc.perform(get(user, "/api/v1/dashboard/coverage?" + query)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	@Test
	void totalsEqualADirectCountAndTheSumOfTheChildren() throws Exception {
		String json = coverage("manager", "regionCode=33.26");
		long workers = jdbc.queryForObject("select count(*) from worker where village_code like '33.26.%'", Long.class);
		long enrolled = jdbc.queryForObject("""
				select count(*) from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code like '33.26.%'""", Long.class);
		assertThat(number(json, "$.totals.workers")).isEqualTo(workers);
		assertThat(number(json, "$.totals.enrolled")).isEqualTo(enrolled);
		List<Number> childWorkers = JsonPath.read(json, "$.children[*].workers");
		assertThat(childWorkers.stream().mapToLong(Number::longValue).sum()).isEqualTo(workers);
		assertThat((String) JsonPath.read(json, "$.region.level")).isEqualTo("REGENCY");
		List<String> codes = JsonPath.read(json, "$.children[*].code");
		assertThat(codes).hasSize(19).contains(WONOPRINGGO_DISTRICT);
	}

	@Test
	void countsANewRegistrationAndEnrollmentInTheVillageAndItsDistrict() throws Exception {
		String before = coverage("manager", "regionCode=" + WONOPRINGGO_DISTRICT);
		long village = jdbc.queryForObject("select count(*) from worker where village_code = '33.26.12.2008'", Long.class);
		String body = mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Dasbor Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = number(body, "$.id");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\", \"JHT\"]}", id))
			.andExpect(status().isCreated());
		String after = coverage("manager", "regionCode=" + WONOPRINGGO_DISTRICT);
		assertThat(number(after, "$.totals.workers")).isEqualTo(number(before, "$.totals.workers") + 1);
		assertThat(number(after, "$.totals.enrolled")).isEqualTo(number(before, "$.totals.enrolled") + 1);
		assertThat(number(after, "$.totals.byProgram.JHT")).isEqualTo(
				((Map<String, Number>) JsonPath.read(before, "$.totals.byProgram")).getOrDefault("JHT", 0).longValue() + 1);
		List<Number> villageWorkers = JsonPath.read(after, "$.children[?(@.code == '33.26.12.2008')].workers");
		assertThat(villageWorkers.get(0).longValue()).isEqualTo(village + 1);
	}

	@Test
	void coverageIsEnrolledOverTheWorkforceEstimateAndNullWithoutOne() throws Exception {
		mvc.perform(put("admin", "/api/v1/villages/33.26.12.2007/profile", "{\"workforceEstimate\": 400}"))
			.andExpect(status().isOk());
		String json = coverage("manager", "regionCode=" + WONOPRINGGO_DISTRICT);
		List<Map<String, Object>> children = JsonPath.read(json, "$.children[*]");
		for (Map<String, Object> child : children) {
			Object estimate = child.get("workforceEstimate");
			if (estimate == null || ((Number) estimate).longValue() == 0) {
				assertThat(child.get("coverage")).isNull();
			}
			else {
				assertThat(((Number) child.get("coverage")).doubleValue())
					.isEqualTo(((Number) child.get("enrolled")).doubleValue() / ((Number) estimate).doubleValue());
			}
		}
	}

	@Test
	void refusesARegionOutsideTheScope() throws Exception {
		mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=33")).andExpect(status().isNotFound());
		mvc.perform(get("kades.wonopringgo", "/api/v1/dashboard/coverage?regionCode=33.26.10.2013"))
			.andExpect(status().isNotFound());
		mvc.perform(get("kades.wonopringgo", "/api/v1/dashboard/coverage"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region.code").value("33.26.12.2008"))
			.andExpect(jsonPath("$.children").isEmpty());
	}

	@Test
	void namesABadPeriod() throws Exception {
		mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=33.26&from=2026-13-01&to=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "to")));
	}
}
