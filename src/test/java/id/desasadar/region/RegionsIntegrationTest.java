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
		assertThat(jdbc.queryForObject("select count(*) from region where code like '33%'", Long.class)).isEqualTo(9175);
	}

	@Test
	void loadsTheNationalListByTheSwitchOnceAndKeepsWhatRefersToRegions() {
		// regions/README.md: 38 provinces, 514 regencies and cities, 7,285 districts, 83,762 villages.
		loader.load(RegionDataset.INDONESIA);
		assertThat(jdbc.queryForObject("select count(*) from region", Long.class)).isEqualTo(91_599);
		assertThat(jdbc.queryForObject("select count(*) from region where level = 'VILLAGE'", Long.class)).isEqualTo(83_762);
		assertThat(jdbc.queryForObject("select count(*) from region where level = 'PROVINCE'", Long.class)).isEqualTo(38);
		assertThat(loader.load(RegionDataset.INDONESIA)).isZero();
		assertThat(jdbc.queryForObject("select name from region where code = '33.26.12.2008'", String.class))
			.isEqualTo("Wonopringgo");
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
