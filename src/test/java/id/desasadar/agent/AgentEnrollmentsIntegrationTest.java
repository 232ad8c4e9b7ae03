package id.desasadar.agent;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static id.desasadar.agent.AgentsIntegrationTest.agentJson;
import static id.desasadar.agent.AgentsIntegrationTest.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An enrollment credited to the Perisai agent who recruited the participant. */
@IntegrationTest
class AgentEnrollmentsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long agent(String user, String regionCode) throws Exception {
		return idOf(mvc.perform(post(user, "/api/v1/agents", agentJson("Perisai Pendaftaran Contoh", regionCode, freshCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long worker(String name) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	static String withAgent(long agentId) {
		return """
				{"programs": ["JKK", "JKM"], "enrolledOn": "2019-08-21", "agentId": %d}""".formatted(agentId);
	}

	long enrollmentsOf(long workerId) {
		return jdbc.queryForObject("select count(*) from enrollment where worker_id = ?", Long.class, workerId);
	}

	@Test
	void creditsTheAgentAndShowsIt() throws Exception {
		long agent = agent("staff", "33.26.12");
		long worker = worker("Direkrut Agen Contoh");
		long enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", withAgent(agent), worker))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agentId").value(agent))
			.andReturn().getResponse().getContentAsString());
		mvc.perform(get("kades.wonopringgo", "/api/v1/enrollments/{id}", enrollment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agentId").value(agent));
		assertThat(jdbc.queryForObject("select agent_id from enrollment where id = ?", Long.class, enrollment))
			.isEqualTo(agent);
	}

	@Test
	void showsNoAgentWhenNoneRecruited() throws Exception {
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "2019-08-21"}""", worker("Tanpa Agen Contoh")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agentId").doesNotExist());
	}

	@Test
	void refusesAnUnknownAgent() throws Exception {
		long worker = worker("Agen Tak Dikenal Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", withAgent(987654321L), worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("agentId")));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void refusesAnAgentOutsideTheScope() throws Exception {
		// An agent in Kabupaten Cilacap (33.01), which the admin may register and the staff (33.26) cannot see.
		long cilacap = agent("admin", "33.01");
		long worker = worker("Agen Luar Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", withAgent(cilacap), worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("agentId")));
		assertThat(enrollmentsOf(worker)).isZero();
	}

	@Test
	void refusesAnAgentNoLongerActive() throws Exception {
		long agent = agent("staff", "33.26.12");
		jdbc.update("update agent set active = false where id = ?", agent);
		long worker = worker("Agen Berhenti Contoh");
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", withAgent(agent), worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agentId"))
			.andExpect(jsonPath("$.errors.length()").value(1));
		assertThat(enrollmentsOf(worker)).isZero();
	}
}
