package id.desasadar.agent;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static id.desasadar.agent.AgentsIntegrationTest.agentJson;
import static id.desasadar.agent.AgentsIntegrationTest.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agents' and the staff's tables of {@code /dashboard/agents} downloaded, in April 2020, a month no other
 * test enrolls in: one agent of this test with one participant who paid Rp16,800.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentDashboardExportIntegrationTest {

	static final String MONTH = "2020-04";
	static final String REGION = "33.26.12";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	long agent;

	Pages pages() {
		return new Pages(accounts);
	}

	@BeforeAll
	void enrollAParticipantThroughAnAgent() throws Exception {
		agent = idOf(mvc.perform(post("staff", "/api/v1/agents", agentJson("Perisai Unduh Contoh", REGION, freshCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Unduh Agen Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long enrollment = idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "2020-04-06", "agentId": %d}""".formatted(agent), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "2020-04-06", "months": 1, "amount": 16800}""", enrollment))
			.andExpect(status().isCreated());
	}

	String csv(String user, String uri) throws Exception {
		return mvc.perform(pages().get(user, uri).param("region", REGION).param("month", MONTH))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void downloadsTheAgentsOfTheRegionAndMonthShown() throws Exception {
		String csv = mvc.perform(pages().get("manager", "/dashboard/agents.csv").param("region", REGION).param("month", MONTH))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"agen-" + REGION + "-" + MONTH + ".csv\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		// The 2022 scheme's columns follow the 2018 ones; April 2020 was paid by the 2018 scheme, named on the line.
		assertThat(csv).startsWith("\uFEFFid,code,name,active,newParticipants,collected,fee,bonus,bonusEarned,total,scheme,"
				+ "firstTimeParticipants,acquisition,acquisitionEarned,retention,officeShare\r\n")
			.containsPattern("\r\n" + agent + ",PRS-[^,]+,Perisai Unduh Contoh,true,1,16800,1260,0,false,1260,PERISAI_2018,,,,,\r\n");
		assertThat(csv("admin", "/dashboard/staff.csv")).startsWith("\uFEFFusername,enrollments,collected\r\n")
			.containsPattern("\r\nstaff,\\d+,\\d+\r\n");
	}

	@Test
	void downloadsTheStaffAsXlsx() throws Exception {
		byte[] xlsx = mvc.perform(pages().get("admin", "/dashboard/staff.xlsx").param("region", REGION).param("month", MONTH))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"petugas-" + REGION + "-" + MONTH + ".xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Petugas");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("username");
			boolean found = false;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if ("staff".equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
					found = true;
					assertThat(sheet.getRow(i).getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(1);
					assertThat(sheet.getRow(i).getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(16800);
				}
			}
			assertThat(found).as("the staff member who enrolled and recorded").isTrue();
		}
	}

	@Test
	void isForManagersAndAdministratorsWithinTheirScope() throws Exception {
		for (String uri : new String[] { "/dashboard/agents.csv", "/dashboard/staff.csv" }) {
			mvc.perform(pages().get("staff", uri)).andExpect(status().isForbidden());
			mvc.perform(pages().get("kades.wonopringgo", uri).param("region", "33.26.12.2008")).andExpect(status().isForbidden());
			mvc.perform(pages().get("manager", uri).param("region", "33.01")).andExpect(status().isNotFound());
			mvc.perform(pages().get("manager", uri).param("month", "2020-13")).andExpect(status().isBadRequest());
		}
		mvc.perform(pages().get("manager", "/dashboard/agents.json")).andExpect(status().isNotFound());
	}

	@Test
	void linksThePageToItsDownloadsWithTheFiltersShown() throws Exception {
		String html = mvc.perform(pages().get("manager", "/dashboard/agents").param("region", REGION).param("month", MONTH))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/dashboard/agents.csv?region=" + REGION + "&amp;month=" + MONTH + "\"",
				"href=\"/dashboard/agents.xlsx?region=" + REGION + "&amp;month=" + MONTH + "\"",
				"href=\"/dashboard/staff.csv?region=" + REGION + "&amp;month=" + MONTH + "\"");
	}
}
