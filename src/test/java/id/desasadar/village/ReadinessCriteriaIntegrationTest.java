package id.desasadar.village;

import static org.assertj.core.api.Assertions.assertThat;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A start assesses every village's readiness again only when the Desa Sadar criteria differ from those the
 * flags were assessed with (V14__readiness_criteria.sql), not on every start of every instance.
 */
@IntegrationTest
class ReadinessCriteriaIntegrationTest {

	@Autowired
	ReadyVillages readyVillages;

	@Autowired
	ReadinessSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	long marks() {
		return jdbc.queryForObject("select coalesce(sum(changes), 0) from village_readiness", Long.class);
	}

	long villages() {
		return jdbc.queryForObject("select count(*) from village_readiness", Long.class);
	}

	@Test
	void theVillagesAreMarkedAgainOnlyWhenTheCriteriaChange() {
		assertThat(jdbc.queryForObject("select criteria from readiness_criteria", String.class))
			.as("the start recorded the criteria in force").isEqualTo(settings.criteria().toString());
		assertThat(villages()).isPositive();

		long before = marks();
		assertThat(readyVillages.assessAgainIfCriteriaChanged(settings.criteria())).isFalse();
		assertThat(marks()).as("same criteria, as at a restart: nothing marked").isEqualTo(before);

		ReadinessCriteria stricter = new ReadinessCriteria(0.5, true, 0.1);
		assertThat(readyVillages.assessAgainIfCriteriaChanged(stricter)).isTrue();
		assertThat(marks()).as("new criteria: every village once").isEqualTo(before + villages());
		assertThat(readyVillages.assessAgainIfCriteriaChanged(stricter)).isFalse();
		assertThat(marks()).isEqualTo(before + villages());

		// back to the settings of the other tests, which assesses every village again
		assertThat(readyVillages.assessAgainIfCriteriaChanged(settings.criteria())).isTrue();
		readyVillages.repair();
		assertThat(jdbc.queryForObject("select count(*) from village_readiness where changes <> assessed", Long.class))
			.isZero();
	}
}
