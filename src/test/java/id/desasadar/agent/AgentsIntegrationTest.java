package id.desasadar.agent;

import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AgentsIntegrationTest {

	static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

	@Autowired
	MockMvc mvc;

	/** A registration number no other test uses. */
	static String freshCode() {
		return "PRS-T" + ProcessHandle.current().pid() + "-" + SERIAL.incrementAndGet();
	}

	static String agentJson(String name, String regionCode, String code) {
		return """
				{"name": "%s", "phone": "0813-1111-2222", "regionCode": "%s", "code": "%s"}"""
			.formatted(name, regionCode, code);
	}

	long register(String user, String json) throws Exception {
		return idOf(mvc.perform(post(user, "/api/v1/agents", json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	@Test
	void registersAnAgentInScopeWithItsLocation() throws Exception {
		String code = freshCode().toLowerCase();
		mvc.perform(post("staff", "/api/v1/agents", agentJson("Siti Perisai Contoh", "33.26.12", code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/agents/")))
			.andExpect(jsonPath("$.name").value("Siti Perisai Contoh"))
			.andExpect(jsonPath("$.phone").value("+6281311112222"))
			.andExpect(jsonPath("$.regionCode").value("33.26.12"))
			.andExpect(jsonPath("$.code").value(code.toUpperCase()))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void refusesADuplicateRegistrationNumberWhateverItsCase() throws Exception {
		String code = freshCode();
		register("staff", agentJson("Pertama Contoh", "33.26.12", code));
		mvc.perform(post("manager", "/api/v1/agents", agentJson("Kedua Contoh", "33.26.10", code.toLowerCase())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-agent-code"));
	}

	@Test
	void namesEveryBadField() throws Exception {
		mvc.perform(post("staff", "/api/v1/agents", """
				{"name": "", "phone": "021-555", "regionCode": "33.01", "code": ""}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "phone", "regionCode", "code")));
		mvc.perform(post("staff", "/api/v1/agents", "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "regionCode", "code")));
	}

	@Test
	void villageHeadsRegisterNoAgents() throws Exception {
		mvc.perform(post("kades.wonopringgo", "/api/v1/agents", agentJson("Kades Contoh", "33.26.12.2008", freshCode())))
			.andExpect(status().isForbidden());
	}

	@Test
	void hidesAnAgentOfAnotherRegion() throws Exception {
		// An agent in Kabupaten Cilacap (33.01): the admin's scope (33) holds it, the staff's (33.26) does not.
		long cilacap = register("admin", agentJson("Cilacap Contoh", "33.01", freshCode()));
		mvc.perform(get("admin", "/api/v1/agents/{id}", cilacap)).andExpect(status().isOk());
		mvc.perform(get("staff", "/api/v1/agents/{id}", cilacap)).andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/agents/{id}", 987654321L)).andExpect(status().isNotFound());
		mvc.perform(get("staff", "/api/v1/agents").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) cilacap))));
	}

	@Test
	void listsTheAgentsOfARegionPaged() throws Exception {
		long wonopringgo = register("staff", agentJson("Daftar Contoh", "33.26.12", freshCode()));
		long sragi = register("staff", agentJson("Daftar Sragi Contoh", "33.26.10", freshCode()));
		mvc.perform(get("manager", "/api/v1/agents").param("regionCode", "33.26.12").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) wonopringgo)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) sragi))))
			.andExpect(jsonPath("$.content[*].regionCode", not(hasItem("33.26.10"))))
			.andExpect(jsonPath("$.page.size").value(200));
		mvc.perform(get("manager", "/api/v1/agents").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.number").value(0));
		// A village head sees only agents working in the village.
		mvc.perform(get("kades.wonopringgo", "/api/v1/agents").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) wonopringgo))));
	}
}
