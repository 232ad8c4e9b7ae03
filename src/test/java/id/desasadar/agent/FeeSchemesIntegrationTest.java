package id.desasadar.agent;

import static id.desasadar.Api.get;
import static id.desasadar.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.contribution.KeptRules;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #17: the agents' fee schemes as dated rules a manager keeps, through {@code /api/v1/rules/agent-fee-schemes}
 * and the rules page; the seeded 2018 and 2022 schemes (V26). Changes are dated in the 2090s and put back.
 */
@IntegrationTest
class FeeSchemesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	KeptRules kept;

	@BeforeEach
	void keep() {
		kept = KeptRules.of(jdbc, context);
	}

	@AfterEach
	void putBack() {
		kept.putBack();
	}

	long scheme2022() {
		return jdbc.queryForObject("select id from agent_fee_rule where scheme = 'PERISAI_2022' and valid_to is null", Long.class);
	}

	@Test
	@DisplayName("domain.md Perisai incentives since 2022: both schemes are dated rules, the 2018 one until April 2022")
	void listsBothSeededSchemesWithTheirPeriods() throws Exception {
		mvc.perform(get("manager", "/api/v1/rules/agent-fee-schemes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].scheme").value("PERISAI_2018"))
			.andExpect(jsonPath("$.content[0].validFrom").value("2018-02-01"))
			.andExpect(jsonPath("$.content[0].validTo").value("2022-04-01"))
			.andExpect(jsonPath("$.content[0].feePercent").value(7.5))
			.andExpect(jsonPath("$.content[0].standing").value("ENDED"))
			.andExpect(jsonPath("$.content[1].scheme").value("PERISAI_2022"))
			.andExpect(jsonPath("$.content[1].acquisitionAmount").value(10_000))
			.andExpect(jsonPath("$.content[1].acquisitionJhtAmount").value(15_000))
			.andExpect(jsonPath("$.content[1].acquisitionThreshold").value(25))
			.andExpect(jsonPath("$.content[1].retentionPercent").value(15))
			.andExpect(jsonPath("$.content[1].retentionMonths").value(24))
			.andExpect(jsonPath("$.content[1].laterRetentionPercent").value(5))
			.andExpect(jsonPath("$.content[1].laterRetentionUntilMonth").value(60))
			.andExpect(jsonPath("$.content[1].officeSharePercent").value(10))
			.andExpect(jsonPath("$.content[1].feePercent").doesNotExist())
			.andExpect(jsonPath("$.content[1].standing").value("IN_FORCE"));
	}

	@Test
	@DisplayName("issue #17: a successor scheme from a month on; each month is paid by the scheme in force then")
	void addsASuccessorThatPaysTheMonthsFromItsStart() throws Exception {
		long current = scheme2022();
		String body = mvc.perform(post("manager", "/api/v1/rules/agent-fee-schemes", """
				{"scheme": "PERISAI_2018", "feePercent": "8", "bonusThreshold": 40, "bonusAmount": 600000,
				 "validFrom": "2090-01", "source": "Uji", "replaces": %d}""".formatted(current)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.validFrom")).isEqualTo("2090-01-01");
		assertThat(jdbc.queryForObject("select valid_to from agent_fee_rule where id = ?", LocalDate.class, current))
			.isEqualTo(LocalDate.of(2090, 1, 1));
		mvc.perform(get("manager", "/api/v1/dashboard/agents?regionCode=33.26&month=2090-01"))
			.andExpect(jsonPath("$.rule.scheme").value("PERISAI_2018"))
			.andExpect(jsonPath("$.rule.feePercent").value(8));
		mvc.perform(get("manager", "/api/v1/dashboard/agents?regionCode=33.26&month=2089-12"))
			.andExpect(jsonPath("$.rule.scheme").value("PERISAI_2022"));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_event where record_type = 'agent_fee_rule' and actor = 'manager'
				and record_id in (?, ?)""", Long.class, String.valueOf(current), String.valueOf(JsonPath.<Integer>read(body, "$.id"))))
			.isEqualTo(2);
	}

	@Test
	@DisplayName("issue #17: two schemes may not pay one month, and each scheme takes only its own values, named by field")
	void refusesAnOverlapAndTheOtherSchemesValues() throws Exception {
		mvc.perform(post("manager", "/api/v1/rules/agent-fee-schemes", """
				{"scheme": "PERISAI_2022", "acquisitionAmount": 12000, "acquisitionJhtAmount": 17000, "acquisitionThreshold": 25,
				 "retentionPercent": "15", "retentionMonths": 24, "laterRetentionPercent": "5", "laterRetentionUntilMonth": 60,
				 "officeSharePercent": "10", "validFrom": "2090-01", "source": "Uji"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("#" + scheme2022())));
		mvc.perform(post("manager", "/api/v1/rules/agent-fee-schemes", """
				{"scheme": "PERISAI_2022", "feePercent": "7.5", "acquisitionAmount": 12000, "acquisitionThreshold": 25,
				 "retentionPercent": "15", "retentionMonths": 24, "laterRetentionPercent": "5", "laterRetentionUntilMonth": 12,
				 "officeSharePercent": "10", "validFrom": "2090-01", "source": "Uji", "replaces": %d}""".formatted(scheme2022())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("acquisitionJhtAmount",
					"laterRetentionUntilMonth", "feePercent")));
		assertThat(jdbc.queryForObject("select valid_to from agent_fee_rule where id = ?", LocalDate.class, scheme2022())).isNull();
	}

	@Test
	@DisplayName("issue #17: the rules page shows the schemes and ends one from its form")
	void showsAndEndsTheSchemesOnTheRulesPage() throws Exception {
		Pages pages = new Pages(accounts);
		long current = scheme2022();
		mvc.perform(pages.get("manager", "/rules").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Insentif agen Perisai")))
			.andExpect(content().string(containsString("Skema Perisai 2022 (Perdir 13/PERDIR.02/042022)")))
			.andExpect(content().string(containsString("Rp10.000 per peserta baru dengan JKK dan JKM (Rp15.000 dengan JHT)")));
		mvc.perform(pages.post("manager", "/rules/agent-fee-schemes/{id}/end", current).param("validTo", "2090-06"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rules#agent-fee-schemes"));
		assertThat(jdbc.queryForObject("select valid_to from agent_fee_rule where id = ?", LocalDate.class, current))
			.isEqualTo(LocalDate.of(2090, 6, 1));
		mvc.perform(pages.post("manager", "/rules/agent-fee-schemes").param("scheme", "PERISAI_2018").param("feePercent", "x")
				.param("validFrom", "2090-08").param("source", "Uji"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"agent-fee-schemes-add\" open")))
			.andExpect(content().string(containsString("Isi persentase dari 0 sampai 100")));
	}
}
