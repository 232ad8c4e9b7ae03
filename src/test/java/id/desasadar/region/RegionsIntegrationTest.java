package id.desasadar.region;

import static id.desasadar.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.desasadar.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegionsIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegionLoader loader;

	@Test
	void loadsTheOfficialRegionsOfJawaTengahOnFirstStart() {
		// regions/README.md: province 33 has 35 regencies and cities, 576 districts, 8,563 villages.
		assertThat(jdbc.queryForObject("select count(*) from region where code like '33%'", Long.class)).isEqualTo(9175);
		assertThat(jdbc.queryForObject("select count(*) from region where level = 'VILLAGE' and code like '33%'", Long.class))
			.isEqualTo(8563);
	}

	@Test
	void loadingTheSameListAgainChangesNothing() {
		assertThat(loader.load(RegionDataset.JAWA_TENGAH)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(9175);
	}

	@Test
	void answersARegionAndItsChildren() throws Exception {
		mvc.perform(get("staff", "/api/v1/regions/33.26.12.2008"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Wonopringgo"))
			.andExpect(jsonPath("$.level").value("VILLAGE"))
			.andExpect(jsonPath("$.parentCode").value("33.26.12"))
			.andExpect(jsonPath("$.kind").value("DESA"));
		mvc.perform(get("kades.wonopringgo", "/api/v1/regions/33.26.10/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(hasItem("Ketanonageng")))
			.andExpect(jsonPath("$[*].code").value(hasItem("33.26.10.2013")));
	}

	@Test
	void answersNotFoundForAnUnknownCode() throws Exception {
		mvc.perform(get("staff", "/api/v1/regions/99.99")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("not-found"));
	}
}
