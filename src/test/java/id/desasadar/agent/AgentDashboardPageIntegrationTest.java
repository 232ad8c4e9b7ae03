package id.desasadar.agent;

import static id.desasadar.Api.idOf;
import static id.desasadar.agent.AgentsIntegrationTest.agentJson;
import static id.desasadar.agent.AgentsIntegrationTest.freshCode;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AgentDashboardPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	Pages pages() {
		return new Pages(accounts);
	}

	@Test
	void showsAManagerTheAgentsAndTheStaffOfTheMonth() throws Exception {
		long agent = idOf(mvc.perform(Api.post("staff", "/api/v1/agents", agentJson("Halaman Perisai Contoh", "33.26.12", freshCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(pages().get("manager", "/dashboard/agents").param("region", "33.26.12").param("month", "2020-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agents-title\"")))
			.andExpect(content().string(containsString("Februari 2020")))
			.andExpect(content().string(containsString("id=\"agent-" + agent + "\"")))
			.andExpect(content().string(containsString("Halaman Perisai Contoh")))
			.andExpect(content().string(containsString("id=\"staff-figures\"")))
			.andExpect(content().string(containsString("class=\"table-responsive\"")))
			.andExpect(content().string(containsString("7,5%")));
	}

	@Test
	void showsWhichSchemePaidTheMonthWithItsOwnColumns() throws Exception {
		// domain.md, Perisai incentives since 2022: May 2023 is paid by the 2022 scheme, February 2020 by the 2018 one.
		mvc.perform(pages().get("manager", "/dashboard/agents").param("region", "33.26.12").param("month", "2023-05"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Skema Perisai 2022")))
			.andExpect(content().string(containsString("NIK baru")))
			.andExpect(content().string(containsString("Retensi (Rp)")))
			.andExpect(content().string(containsString("Kantor Perisai (Rp)")))
			.andExpect(content().string(containsString("Rp10.000 per peserta baru")))
			.andExpect(content().string(not(containsString("Imbalan (Rp)"))));
		mvc.perform(pages().get("manager", "/dashboard/agents").param("region", "33.26.12").param("month", "2020-02"))
			.andExpect(content().string(containsString("Skema Perisai 2018")))
			.andExpect(content().string(containsString("Imbalan (Rp)")))
			.andExpect(content().string(not(containsString("Retensi (Rp)"))));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(pages().get("manager", "/dashboard/agents").param("month", "2020-02").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perisai agents and staff in Kabupaten Pekalongan, February 2020")))
			.andExpect(content().string(not(containsString("Peserta baru"))));
	}

	@Test
	void isForManagersAndAdministratorsInScope() throws Exception {
		mvc.perform(pages().get("staff", "/dashboard/agents")).andExpect(status().isForbidden());
		mvc.perform(pages().get("kades.wonopringgo", "/dashboard/agents")).andExpect(status().isForbidden());
		mvc.perform(pages().get("manager", "/dashboard/agents").param("region", "33.01")).andExpect(status().isNotFound());
		mvc.perform(pages().get("admin", "/dashboard/agents")).andExpect(status().isOk());
	}
}
