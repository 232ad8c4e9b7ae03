package id.desasadar.dashboard;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.desasadar.IntegrationTest;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.CoverageWindows;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The coverage aggregates (V5__coverage_aggregates.sql), kept by triggers, equal a direct count over workers and
 * their open enrollments after every kind of change, as the dashboard and the village page show them.
 */
@IntegrationTest
class CoverageAggregatesIntegrationTest {

	static final String WONOPRINGGO = "33.26.12.2008";

	static final String WONOPRINGGO_DISTRICT = "33.26.12";

	static final String OTHER_DISTRICT_VILLAGE = "33.26.10.2001";

	static final String OTHER_DISTRICT = "33.26.10";

	/** Workers, enrolled, active and enrollments by program of a region, as the dashboard shows them. */
	record Figures(long workers, long enrolled, long active, Map<String, Long> byProgram) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	/** The last month due today of a segment's workers (a PU month is due by the 15th of the following month). */
	Date lastDue(Segment segment) {
		return Date.valueOf(windows.of(segment).lastMonthDue(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))).atDay(1));
	}

	/** The counts as before the aggregates: straight over workers and open enrollments of a code range. */
	Figures directCount(String code) {
		String like = code + "%";
		Figures totals = jdbc.queryForObject("""
				select count(*), count(e.id), count(e.id) filter (where e.paid_through >= case w.segment when 'PU' then cast(? as date) else cast(? as date) end)
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code like ?""",
				(rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), new TreeMap<>()), lastDue(Segment.PU), lastDue(Segment.BPU), like);
		jdbc.query("""
				select p.program, count(*) from worker w
				join enrollment e on e.worker_id = w.id and e.ended_on is null
				join enrollment_program p on p.enrollment_id = e.id
				where w.village_code like ? group by p.program""",
				rs -> {
					totals.byProgram().put(rs.getString(1), rs.getLong(2));
				}, like);
		return totals;
	}

	/** The unfiltered dashboard of a region, served from the aggregates. */
	Figures dashboard(String code) throws Exception {
		String json = mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=" + code))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Map<String, Number> programs = JsonPath.read(json, "$.totals.byProgram");
		Map<String, Long> byProgram = new TreeMap<>();
		programs.forEach((program, count) -> byProgram.put(program, count.longValue()));
		return new Figures(number(json, "$.totals.workers"), number(json, "$.totals.enrolled"),
				number(json, "$.totals.active"), byProgram);
	}

	long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	/** The village's figures on the dashboard and on the village resource equal a direct count, as its district's. */
	Figures assertAggregatesMatch(String village) throws Exception {
		Figures direct = directCount(village);
		assertThat(dashboard(village)).isEqualTo(direct);
		String json = mvc.perform(get("manager", "/api/v1/villages/{code}", village))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(List.of(number(json, "$.stats.workers"), number(json, "$.stats.enrolled"),
				number(json, "$.stats.active")))
			.isEqualTo(List.of(direct.workers(), direct.enrolled(), direct.active()));
		String district = village.substring(0, 8);
		assertThat(dashboard(district)).isEqualTo(directCount(district));
		// A regency's dashboard sums the district counters (V12), a district's the village counters.
		String regency = village.substring(0, 5);
		assertThat(dashboard(regency)).isEqualTo(directCount(regency));
		assertDistrictCountersMatch();
		return direct;
	}

	/** Every village's aggregate rows equal the direct counts (counters back at 0 left aside). */
	void assertWholeDatabaseMatches() {
		assertThat(rows("select village_code, workers from village_workers where workers <> 0"))
			.isEqualTo(rows("select village_code, count(*) from worker group by 1"));
		assertThat(rows("""
				select village_code || ' ' || segment || ' ' || coalesce(paid_through::text, '-'), enrollments from village_enrollments
				where enrollments <> 0"""))
			.isEqualTo(rows("""
					select w.village_code || ' ' || w.segment || ' ' || coalesce(e.paid_through::text, '-'), count(*)
					from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null group by 1"""));
		assertThat(rows("select village_code || ' ' || program, enrollments from village_programs where enrollments <> 0"))
			.isEqualTo(rows("""
					select w.village_code || ' ' || p.program, count(*) from worker w
					join enrollment e on e.worker_id = w.id and e.ended_on is null
					join enrollment_program p on p.enrollment_id = e.id group by 1"""));
		assertDistrictCountersMatch();
	}

	/** Every district's counters (V12) equal the direct counts of its villages' workers and open enrollments. */
	void assertDistrictCountersMatch() {
		assertThat(rows("select district_code, workers from district_workers where workers <> 0"))
			.isEqualTo(rows("select substr(village_code, 1, 8), count(*) from worker group by 1"));
		assertThat(rows("""
				select district_code || ' ' || segment || ' ' || coalesce(paid_through::text, '-'), enrollments from district_enrollments
				where enrollments <> 0"""))
			.isEqualTo(rows("""
					select substr(w.village_code, 1, 8) || ' ' || w.segment || ' ' || coalesce(e.paid_through::text, '-'), count(*)
					from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null group by 1"""));
		assertThat(rows("select district_code || ' ' || program, enrollments from district_programs where enrollments <> 0"))
			.isEqualTo(rows("""
					select substr(w.village_code, 1, 8) || ' ' || p.program, count(*) from worker w
					join enrollment e on e.worker_id = w.id and e.ended_on is null
					join enrollment_program p on p.enrollment_id = e.id group by 1"""));
	}

	@Test
	void recountingFromTheRowsAgreesWithWhatTheTriggersKept() {
		String workers = "select village_code, workers from village_workers where workers <> 0";
		String enrollments = """
				select village_code || ' ' || segment || ' ' || coalesce(paid_through::text, '-'), enrollments from village_enrollments
				where enrollments <> 0""";
		String programs = "select village_code || ' ' || program, enrollments from village_programs where enrollments <> 0";
		Map<String, Long> keptWorkers = rows(workers);
		Map<String, Long> keptEnrollments = rows(enrollments);
		Map<String, Long> keptPrograms = rows(programs);
		assertThat(keptWorkers).isNotEmpty();
		jdbc.execute("select recount_coverage_aggregates()");
		assertThat(rows(workers)).isEqualTo(keptWorkers);
		assertThat(rows(enrollments)).isEqualTo(keptEnrollments);
		assertThat(rows(programs)).isEqualTo(keptPrograms);
		assertDistrictCountersMatch();
	}

	Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString(1), rs.getLong(2));
		});
		return rows;
	}

	long register(String nik, String name, String village) throws Exception {
		String json = workerJson(nik, name).replace(WONOPRINGGO, village);
		return idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long enroll(long worker, String programs) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": " + programs + "}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** Pays one month, at the amount the application expects (asked for with a wrong amount first). */
	void payOneMonth(long enrollment) throws Exception {
		String paidOn = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
		String refused = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				"{\"paidOn\": \"%s\", \"months\": 1, \"amount\": 1}".formatted(paidOn), enrollment))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		long amount = number(refused, "$.expectedAmount");
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				"{\"paidOn\": \"%s\", \"months\": 1, \"amount\": %d}".formatted(paidOn, amount), enrollment))
			.andExpect(status().isCreated());
	}

	@Test
	void aggregatesEqualADirectCountAfterEveryKindOfChange() throws Exception {
		Figures start = assertAggregatesMatch(WONOPRINGGO);
		Figures otherStart = assertAggregatesMatch(OTHER_DISTRICT_VILLAGE);

		String nik = freshWorkerNik();
		long worker = register(nik, "Agregat Contoh", WONOPRINGGO);
		assertThat(assertAggregatesMatch(WONOPRINGGO).workers()).isEqualTo(start.workers() + 1);

		long enrollment = enroll(worker, "[\"JKK\", \"JKM\"]");
		Figures enrolled = assertAggregatesMatch(WONOPRINGGO);
		assertThat(enrolled.enrolled()).isEqualTo(start.enrolled() + 1);
		long second = enroll(register(freshWorkerNik(), "Agregat Kedua Contoh", WONOPRINGGO), "[\"JKK\", \"JKM\", \"JHT\"]");
		assertThat(assertAggregatesMatch(WONOPRINGGO).byProgram().get("JHT"))
			.isEqualTo(start.byProgram().getOrDefault("JHT", 0L) + 1);

		payOneMonth(enrollment);
		assertThat(assertAggregatesMatch(WONOPRINGGO).active()).isEqualTo(start.active() + 1);

		String corrected = workerJson(nik, "Agregat Contoh").replace(WONOPRINGGO, OTHER_DISTRICT_VILLAGE)
			.replace("}", ", \"version\": 0}");
		mvc.perform(put("staff", "/api/v1/workers/{id}", corrected, worker)).andExpect(status().isOk());
		Figures moved = assertAggregatesMatch(OTHER_DISTRICT_VILLAGE);
		assertThat(List.of(moved.workers(), moved.enrolled(), moved.active())).isEqualTo(
				List.of(otherStart.workers() + 1, otherStart.enrolled() + 1, otherStart.active() + 1));
		assertThat(assertAggregatesMatch(WONOPRINGGO).workers()).isEqualTo(start.workers() + 1);
		assertThat(dashboard(OTHER_DISTRICT)).isEqualTo(directCount(OTHER_DISTRICT));

		// No API ends an enrollment: an update straight in the database must be followed all the same.
		jdbc.update("update enrollment set ended_on = enrolled_on where id in (?, ?)", enrollment, second);
		assertThat(assertAggregatesMatch(OTHER_DISTRICT_VILLAGE).enrolled()).isEqualTo(otherStart.enrolled());
		assertThat(assertAggregatesMatch(WONOPRINGGO).enrolled()).isEqualTo(start.enrolled());

		assertWholeDatabaseMatches();
	}

	@Test
	void aggregatesFollowEnrollmentsDeletedOrMovedInTheDatabase() throws Exception {
		long first = register(freshWorkerNik(), "Agregat Hapus Contoh", WONOPRINGGO);
		long enrollment = enroll(first, "[\"JKK\", \"JKM\", \"JHT\"]");
		long other = register(freshNik(OTHER_DISTRICT, LocalDate.of(1985, 3, 12), false), "Agregat Pindah Contoh",
				OTHER_DISTRICT_VILLAGE);
		jdbc.update("update enrollment set worker_id = ? where id = ?", other, enrollment);
		assertAggregatesMatch(WONOPRINGGO);
		assertAggregatesMatch(OTHER_DISTRICT_VILLAGE);
		jdbc.update("delete from enrollment_program where enrollment_id = ? and program = 'JHT'", enrollment);
		assertAggregatesMatch(OTHER_DISTRICT_VILLAGE);
		jdbc.update("delete from enrollment where id = ?", enrollment);
		jdbc.update("delete from worker where id in (?, ?)", first, other);
		assertAggregatesMatch(WONOPRINGGO);
		assertAggregatesMatch(OTHER_DISTRICT_VILLAGE);
		assertWholeDatabaseMatches();
	}

	@Test
	void concurrentRegistrationsAndEnrollmentsInOneVillageKeepTheAggregateExact() throws Exception {
		String village = "33.26.12.2007";
		Figures before = assertAggregatesMatch(village);
		List<String> niks = new ArrayList<>();
		List<RequestBuilder> registrations = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			niks.add(freshWorkerNik());
			registrations.add(post("staff", "/api/v1/workers",
					workerJson(niks.get(i), "Serentak " + (char) ('A' + i) + " Contoh").replace(WONOPRINGGO, village)));
		}
		assertThat(statusesAtOnce(mvc, registrations)).containsOnly(201);
		List<RequestBuilder> enrollments = new ArrayList<>();
		for (String nik : niks) {
			long worker = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
			enrollments.add(post("staff", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker));
		}
		assertThat(statusesAtOnce(mvc, enrollments)).containsOnly(201);
		Figures after = assertAggregatesMatch(village);
		assertThat(List.of(after.workers(), after.enrolled())).isEqualTo(List.of(before.workers() + 10, before.enrolled() + 10));
		assertWholeDatabaseMatches();
	}
}
