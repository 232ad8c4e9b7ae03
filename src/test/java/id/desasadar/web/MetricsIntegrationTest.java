package id.desasadar.web;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #7, Observability: Prometheus metrics for HTTP, the database pool and the business, behind a bearer
 * token; liveness and readiness apart.
 */
@IntegrationTest
class MetricsIntegrationTest {

	static final String TOKEN = "test-metrics-token"; // src/test/resources/config/application.properties

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	static double value(String scrape, String metric) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(scrape);
		assertThat(line.find()).as(metric + " in the scrape").isTrue();
		return Double.parseDouble(line.group(2));
	}

	@Test
	void servesHttpPoolAndBusinessMetricsToTheTokenOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong")).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "demo"))).andExpect(status().isForbidden());

		double before = value(scrape(), "desa_sadar_registrations_total");
		mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Metrik Contoh")))
			.andExpect(status().isCreated());
		String scrape = scrape();
		assertThat(value(scrape, "desa_sadar_registrations_total")).isEqualTo(before + 1);
		assertThat(value(scrape, "desa_sadar_workers"))
			.isEqualTo(jdbc.queryForObject("select count(*) from worker", Long.class).doubleValue());
		assertThat(scrape).contains("http_server_requests_seconds_count").contains("hikaricp_connections_active")
			.contains("desa_sadar_enrollments_open");
	}

	@Test
	void splitsLivenessFromReadiness() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}
}
