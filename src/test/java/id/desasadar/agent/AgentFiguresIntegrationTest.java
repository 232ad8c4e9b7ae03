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

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The month of an agent and of a staff member, in February 2020, a month no other test enrolls in: the
 * agents' rows are this test's own agents; staff counts are compared before and after.
 */
@IntegrationTest
class AgentFiguresIntegrationTest {

	static final String MONTH = "2020-02";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long agent(String regionCode) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/agents", agentJson("Perisai Angka Contoh", regionCode, freshCode())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long enroll(String user, String programs, String enrolledOn, Long agentId) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Angka Agen Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post(user, "/api/v1/workers/{id}/enrollments", """
				{"programs": [%s], "enrolledOn": "%s", "agentId": %s}""".formatted(programs, enrolledOn, agentId), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	void pay(String user, long enrollment, String paidOn, int months, long amount) throws Exception {
		mvc.perform(post(user, "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": %d, "amount": %d}""".formatted(paidOn, months, amount), enrollment))
			.andExpect(status().isCreated());
	}

	String json(String user, String uri, String regionCode, String month) throws Exception {
		return mvc.perform(get(user, uri).param("regionCode", regionCode).param("month", month))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	Map<String, Object> agentRow(String report, long agent) {
		List<Map<String, Object>> rows = JsonPath.read(report, "$.agents[?(@.id == %d)]".formatted(agent));
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	long staffFigure(String report, String username, String figure) {
		List<Number> values = JsonPath.read(report, "$.staff[?(@.username == '%s')].%s".formatted(username, figure));
		return values.isEmpty() ? 0 : values.get(0).longValue();
	}

	@Test
	void countsAnAgentsNewParticipantsAndCollectionsWithItsFee() throws Exception {
		long agent = agent("33.26.12");
		// At the 2020 rates: JKK + JKM Rp16,800 a month, with JHT Rp36,800 (Rp1,000,000 income base).
		long first = enroll("staff", "\"JKK\", \"JKM\"", "2020-02-10", agent);
		long second = enroll("staff", "\"JKK\", \"JKM\", \"JHT\"", "2020-02-11", agent);
		pay("staff", first, "2020-02-20", 1, 16_800);
		pay("staff", second, "2020-02-21", 1, 36_800);
		// Paid in March: the next month's collection, not February's.
		pay("staff", first, "2020-03-05", 1, 16_800);

		Map<String, Object> row = agentRow(json("manager", "/api/v1/dashboard/agents", "33.26", MONTH), agent);
		assertThat(row).containsEntry("newParticipants", 2).containsEntry("collected", 53_600)
			// 7.5% of Rp53,600 (domain.md, Who uses it); 2 new participants are far from the 50 of the bonus.
			.containsEntry("fee", 4_020).containsEntry("bonus", 0).containsEntry("bonusEarned", false)
			.containsEntry("total", 4_020).containsEntry("active", true);

		Map<String, Object> march = agentRow(json("manager", "/api/v1/dashboard/agents", "33.26.12", "2020-03"), agent);
		assertThat(march).containsEntry("newParticipants", 0).containsEntry("collected", 16_800)
			.containsEntry("fee", 1_260);
	}

	long workerLike(String json) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString());
	}

	long enrollWorker(long worker, String programs, String enrolledOn, long agentId) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": [%s], "enrolledOn": "%s", "agentId": %d}""".formatted(programs, enrolledOn, agentId), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void paysA2022MonthByAcquisitionAndRetentionByParticipantMonthAndEarlierMonthsByThe2018Scheme() throws Exception {
		// domain.md, Perisai incentives since 2022; May 2023, a month no other test enrolls in.
		long agent = agent("33.26.12");
		// 26 new NIKs never enrolled before, 6 of them with JHT, each paying its first month (participant month 1).
		for (int i = 0; i < 26; i++) {
			boolean jht = i < 6;
			long enrollment = enroll("staff", jht ? "\"JKK\", \"JKM\", \"JHT\"" : "\"JKK\", \"JKM\"", "2023-05-08", agent);
			pay("staff", enrollment, "2023-05-08", 1, jht ? 36_800 : 16_800);
		}
		// A new participant of the month that is no new NIK: enrolled before (2021), and a wage earner (PU).
		long returning = workerLike(workerJson(freshWorkerNik(), "Kembali Contoh"));
		jdbc.update("""
				insert into enrollment (worker_id, enrolled_on, payer, monthly_contribution, ended_on, created_by, created_at)
				values (?, '2021-01-10', 'SELF', 16800, '2021-06-01', 'staff', now())""", returning);
		enrollWorker(returning, "\"JKK\", \"JKM\"", "2023-05-09", agent);
		long wageEarner = workerLike(workerJson(freshWorkerNik(), "Upah Contoh")
			.replace("\"segment\": \"BPU\"", "\"segment\": \"PU\", \"employerSize\": \"MICRO\", \"riskClass\": 1"));
		enrollWorker(wageEarner, "\"JKK\", \"JKM\"", "2023-05-10", agent);
		// A participant since August 2021: May 2023's payment covers participant months 22 to 27, half of them after month 24.
		long loyal = enroll("staff", "\"JKK\", \"JKM\"", "2021-08-10", agent);
		pay("staff", loyal, "2021-08-10", 12, 12 * 16_800);
		pay("staff", loyal, "2022-08-10", 9, 9 * 16_800);
		pay("staff", loyal, "2023-05-10", 6, 6 * 16_800);

		String report = json("manager", "/api/v1/dashboard/agents", "33.26.12", "2023-05");
		assertThat((String) JsonPath.read(report, "$.rule.scheme")).isEqualTo("PERISAI_2022");
		Map<String, Object> may = agentRow(report, agent);
		assertThat(may).containsEntry("scheme", "PERISAI_2022").containsEntry("newParticipants", 28)
			.containsEntry("firstTimeParticipants", 26).containsEntry("collected", 657_600)
			// 20 x Rp10,000 + 6 x Rp15,000
			.containsEntry("acquisition", 290_000).containsEntry("acquisitionEarned", true)
			// 15% of Rp556,800 (month 1 of 26 participants) + 15% of Rp50,400 (months 22-24) + 5% of Rp50,400 (months 25-27)
			.containsEntry("retention", 83_520 + 7_560 + 2_520).containsEntry("total", 383_600)
			.containsEntry("officeShare", 38_360).containsEntry("fee", null).containsEntry("bonus", null);
		assertThat(((Number) JsonPath.read(report, "$.officeShare")).longValue()).isGreaterThanOrEqualTo(38_360);

		// August 2022, the 2022 scheme: months 13 to 21, all in the first 24; no new participant.
		Map<String, Object> august = agentRow(json("manager", "/api/v1/dashboard/agents", "33.26.12", "2022-08"), agent);
		assertThat(august).containsEntry("firstTimeParticipants", 0).containsEntry("acquisitionEarned", false)
			.containsEntry("acquisition", 0).containsEntry("retention", 22_680).containsEntry("officeShare", 2_268);
		// August 2021 was paid by the 2018 scheme in force then: 7.5% of the Rp201,600 collected.
		String earlier = json("manager", "/api/v1/dashboard/agents", "33.26.12", "2021-08");
		assertThat((String) JsonPath.read(earlier, "$.rule.scheme")).isEqualTo("PERISAI_2018");
		assertThat(agentRow(earlier, agent)).containsEntry("scheme", "PERISAI_2018").containsEntry("fee", 15_120)
			.containsEntry("retention", null).containsEntry("officeShare", null);
	}

	@Test
	void answersTheRuleInForceWithTheReport() throws Exception {
		mvc.perform(get("admin", "/api/v1/dashboard/agents").param("regionCode", "33.26.12").param("month", MONTH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.region.code").value("33.26.12"))
			.andExpect(jsonPath("$.month").value(MONTH))
			.andExpect(jsonPath("$.rule.feePercent").value(7.5))
			.andExpect(jsonPath("$.rule.bonusThreshold").value(50))
			.andExpect(jsonPath("$.rule.bonusAmount").value(500_000));
	}

	@Test
	void countsTheEnrollmentsAndPaymentsEachStaffMemberRecorded() throws Exception {
		String before = json("manager", "/api/v1/dashboard/staff", "33.26.12", MONTH);
		long staffs = enroll("staff", "\"JKK\", \"JKM\"", "2020-02-03", null);
		enroll("staff", "\"JKK\", \"JKM\"", "2020-02-04", null);
		long admins = enroll("admin", "\"JKK\", \"JKM\"", "2020-02-05", null);
		pay("admin", staffs, "2020-02-06", 1, 16_800);
		pay("staff", admins, "2020-02-07", 2, 33_600);
		String after = json("manager", "/api/v1/dashboard/staff", "33.26.12", MONTH);

		assertThat(staffFigure(after, "staff", "enrollments") - staffFigure(before, "staff", "enrollments")).isEqualTo(2);
		assertThat(staffFigure(after, "admin", "enrollments") - staffFigure(before, "admin", "enrollments")).isEqualTo(1);
		assertThat(staffFigure(after, "staff", "collected") - staffFigure(before, "staff", "collected")).isEqualTo(33_600);
		assertThat(staffFigure(after, "admin", "collected") - staffFigure(before, "admin", "collected")).isEqualTo(16_800);
		// Wonopringgo's records are not Kecamatan Sragi's.
		String sragi = json("manager", "/api/v1/dashboard/staff", "33.26.10", MONTH);
		assertThat(staffFigure(sragi, "staff", "enrollments")).isLessThan(staffFigure(after, "staff", "enrollments"));
	}

	@Test
	void defaultsToTheCurrentMonthAndTheFirstScope() throws Exception {
		String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
		mvc.perform(get("manager", "/api/v1/dashboard/agents"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value(month))
			.andExpect(jsonPath("$.region.code").value("33.26"));
		mvc.perform(get("manager", "/api/v1/dashboard/staff"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.month").value(month));
	}

	@Test
	void namesABadMonth() throws Exception {
		for (String uri : List.of("/api/v1/dashboard/agents", "/api/v1/dashboard/staff")) {
			for (String month : List.of("2020-13", "Feb 2020", "2020-02-01")) {
				mvc.perform(get("manager", uri).param("regionCode", "33.26").param("month", month))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("month")));
			}
		}
	}

	@Test
	void hidesARegionOutOfScope() throws Exception {
		for (String uri : List.of("/api/v1/dashboard/agents", "/api/v1/dashboard/staff")) {
			mvc.perform(get("manager", uri).param("regionCode", "33.01").param("month", MONTH))
				.andExpect(status().isNotFound());
			mvc.perform(get("manager", uri).param("regionCode", "99.99").param("month", MONTH))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void isForManagersAndAdministrators() throws Exception {
		for (String uri : List.of("/api/v1/dashboard/agents", "/api/v1/dashboard/staff")) {
			mvc.perform(get("staff", uri)).andExpect(status().isForbidden());
			mvc.perform(get("kades.wonopringgo", uri)).andExpect(status().isForbidden());
			mvc.perform(get("admin", uri)).andExpect(status().isOk());
		}
	}
}
