package id.desasadar.demo;

import static id.desasadar.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.enrollment.Coverage;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.Enrollment;
import id.desasadar.enrollment.Enrollments;
import id.desasadar.worker.Nik;
import id.desasadar.worker.Sex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoStoryIntegrationTest {

	private static final String DEMO_WORKERS = "from worker where village_code >= '33.26' and village_code < '33.26/' "
			+ "and name like '%(contoh)'";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoStory story;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Coverage coverage;

	@Autowired
	Clock clock;

	@Test
	void holdsThe2019CampaignWithTheFestivalInWonopringgoAndTheLaunchInKajen() {
		Map<String, Object> campaign = jdbc.queryForMap(
				"select id, region_code, starts_on, ends_on, target_enrollments, created_by from campaign where name = ?",
				"Kampanye Desa Sadar Kabupaten Pekalongan 2019");
		assertThat(campaign).containsEntry("region_code", "33.26").containsEntry("target_enrollments", 1000)
			.containsEntry("created_by", "manager");
		assertThat(campaign.get("starts_on").toString()).isEqualTo("2019-08-01");
		assertThat(campaign.get("ends_on").toString()).isEqualTo("2019-12-31");
		assertThat(event(campaign.get("id"), "Festival Nasi Goreng Wonopringgo"))
			.containsExactly("FESTIVAL", "2019-08-21", "33.26.12.2008", "Lapangan Desa Wonopringgo");
		assertThat(event(campaign.get("id"), "Peluncuran Desa Sadar Kabupaten Pekalongan"))
			.containsExactly("MEETING", "2019-09-03", "33.26.08.1016", "Pendopo Kabupaten Pekalongan, Kajen");
		assertThat(jdbc.queryForObject("select name from region where code = '33.26.08.1016'", String.class))
			.isEqualTo("Kajen");
		assertThat(jdbc.queryForObject("""
				select count(*) from enrollment e join event ev on ev.id = e.event_id
				where ev.campaign_id = ? and e.enrolled_on = ev.event_date""", Long.class, campaign.get("id")))
			.isGreaterThanOrEqualTo(100);
	}

	private List<String> event(Object campaignId, String name) {
		return jdbc.queryForObject("select kind, event_date, village_code, location from event where campaign_id = ? and name = ?",
				(rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), campaignId, name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "33.26.12.2008", "33.26.10.2001", "33.26.10.2013" })
	void declaresTheThreeVillagesWhoseChecklistIsMet(String code) throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from designation where village_code = ?", Long.class, code))
			.isEqualTo(1);
		mvc.perform(get("manager", "/api/v1/villages/{code}/readiness", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ready").value(true))
			.andExpect(jsonPath("$.headEnrolled").value(true))
			.andExpect(jsonPath("$.bumdesActive").value(true));
		mvc.perform(get("manager", "/api/v1/villages/{code}", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.designation.status").value("DECLARED"))
			.andExpect(jsonPath("$.designation.agreementNumber").value(org.hamcrest.Matchers.startsWith("MoU/KC-PKL/2019/")));
	}

	@Test
	void keepsACandidateVillageThatIsNotReadyYet() throws Exception {
		mvc.perform(get("manager", "/api/v1/villages/{code}/readiness", DesignatedVillages.ROWOKEMBU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ready").value(false))
			.andExpect(jsonPath("$.headEnrolled").value(true));
	}

	@Test
	void spreadsAFewHundredWorkersOverTheRegencyWithEveryStatus() {
		assertThat(jdbc.queryForObject("select count(*) " + DEMO_WORKERS, Long.class)).isBetween(300L, 450L);
		assertThat(jdbc.queryForObject("select count(distinct substr(village_code, 1, 8)) " + DEMO_WORKERS, Long.class))
			.isEqualTo(19);
		assertThat(jdbc.queryForObject("select count(*) " + DEMO_WORKERS + " and segment = 'PU'", Long.class))
			.isPositive();
		List<Long> ids = jdbc.queryForList("select e.id from enrollment e join worker w on w.id = e.worker_id "
				+ "where w.name like '%(contoh)'", Long.class);
		LocalDate today = LocalDate.now(clock);
		Map<CoverageStatus, Integer> byStatus = new EnumMap<>(CoverageStatus.class);
		for (Enrollment enrollment : enrollments.findAllById(ids)) {
			byStatus.merge(enrollment.status(coverage, today), 1, Integer::sum);
		}
		assertThat(byStatus).containsKeys(CoverageStatus.ACTIVE, CoverageStatus.ARREARS, CoverageStatus.LAPSED,
				CoverageStatus.PENDING);
		assertThat(byStatus.get(CoverageStatus.ACTIVE)).isGreaterThan(ids.size() / 2);
		assertThat(jdbc.queryForObject("select count(*) " + DEMO_WORKERS
				+ " and not exists (select 1 from enrollment e where e.worker_id = worker.id)", Long.class)).isPositive();
	}

	@Test
	void givesEveryWorkerAValidNikThatAgreesWithThePerson() {
		jdbc.query("select nik, birth_date, sex, village_code " + DEMO_WORKERS, rs -> {
			String nik = rs.getString(1);
			assertThat(Nik.problemOf(nik)).as(nik).isEmpty();
			assertThat(new Nik(nik).warningsAgainst(rs.getDate(2).toLocalDate(), Sex.valueOf(rs.getString(3)),
					rs.getString(4))).as(nik).isEmpty();
		});
		// an anonymised worker (other tests) has no NIK left to check
		assertThat(jdbc.queryForList("select nik from worker where village_code like '33.26.%' and anonymised_at is null",
				String.class))
			.allSatisfy(nik -> assertThat(Nik.problemOf(nik)).isEmpty());
	}

	@Test
	void loadsNothingTheSecondTime() {
		List<Long> before = counts();
		story.loadOnce();
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return jdbc.queryForList("""
				select count(*) from worker union all select count(*) from enrollment
				union all select count(*) from payment union all select count(*) from campaign
				union all select count(*) from event union all select count(*) from designation
				union all select count(*) from village_profile""", Long.class);
	}
}
