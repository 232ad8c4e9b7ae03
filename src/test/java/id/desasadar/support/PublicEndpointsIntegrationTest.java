package id.desasadar.support;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** api.md, Running: the health check and the OpenAPI description need no account. */
@IntegrationTest
class PublicEndpointsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsUpOnceTheDatabaseAnswers() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void describesTheApiAsOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/workers")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/dashboard/coverage")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/contributions/quote")));
	}
}
