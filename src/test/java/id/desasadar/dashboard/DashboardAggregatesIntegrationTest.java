package id.desasadar.dashboard;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.put;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.enrollment.CoverageWindows;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * The dashboard's aggregates of V6 (enrollments by district and month, by event, and the villages' readiness
 * flags) equal a direct count after every kind of change: registration, enrollment, payment, correction of a
 * worker's village, the end of an enrollment, and a recount.
 */
@IntegrationTest
class DashboardAggregatesIntegrationTest {

	static final String VILLAGE = "33.26.04.2003";

	static final String DISTRICT = "33.26.04";

	static final String OTHER_VILLAGE = "33.26.10.2001";

	static final String OTHER_DISTRICT = "33.26.10";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	DirectCounts direct() {
		return new DirectCounts(mvc, jdbc, windows);
	}

	String dashboard(String region) throws Exception {
		return mvc.perform(get("manager", "/api/v1/dashboard/coverage?regionCode=" + region)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The district's dashboard equals the direct counts, and so do the regency's figures other than villages. */
	Map<String, Long> assertMatches(String district) throws Exception {
		String json = dashboard(district);
		YearMonth now = YearMonth.from(DirectCounts.today());
		assertThat(DirectCounts.statusesOf(json)).isEqualTo(direct().statuses(district, ""));
		assertThat(DirectCounts.byMonthOf(json)).isEqualTo(direct().byMonth(district, now.minusMonths(11), now));
		assertThat(DirectCounts.eventsOf(json)).isEqualTo(direct().events(district));
		Map<String, Long> villages = DirectCounts.villagesOf(json);
		assertThat(villages).isEqualTo(direct().villages(district));
		String regency = dashboard("33.26");
		assertThat(DirectCounts.statusesOf(regency)).isEqualTo(direct().statuses("33.26", ""));
		assertThat(DirectCounts.byMonthOf(regency)).isEqualTo(direct().byMonth("33.26", now.minusMonths(11), now));
		assertThat(DirectCounts.eventsOf(regency)).isEqualTo(direct().events("33.26"));
		assertWholeDatabaseMatches();
		return villages;
	}

	void assertWholeDatabaseMatches() {
		assertThat(rows("""
				select district_code || ' ' || enrolled_month, enrollments from district_enrollment_months
				where enrollments <> 0"""))
			.isEqualTo(rows("""
					select substr(w.village_code, 1, 8) || ' ' || date_trunc('month', e.enrolled_on)::date, count(*)
					from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null group by 1"""));
		assertThat(rows("select event_id::text, enrollments from event_enrollments where enrollments <> 0"))
			.isEqualTo(rows("select event_id::text, count(*) from enrollment where event_id is not null group by 1"));
	}

	Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString(1), rs.getLong(2));
		});
		return rows;
	}

	long register(String village, String role, String name) throws Exception {
		String json = workerJson(freshNik(village.substring(0, 8), LocalDate.of(1980, 5, 6), false), name, village, role,
				LocalDate.of(1980, 5, 6));
		return idOf(mvc.perform(post("staff", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
	}

	long enroll(long worker, Long event) throws Exception {
		String body = "{\"programs\": [\"JKK\", \"JKM\"]" + (event == null ? "" : ", \"eventId\": " + event) + "}";
		return idOf(mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", body, worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	void payOneMonth(long enrollment) throws Exception {
		String paidOn = DirectCounts.today().toString();
		String refused = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				"{\"paidOn\": \"%s\", \"months\": 1, \"amount\": 1}".formatted(paidOn), enrollment))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		long amount = ((Number) JsonPath.read(refused, "$.expectedAmount")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments",
				"{\"paidOn\": \"%s\", \"months\": 1, \"amount\": %d}".formatted(paidOn, amount), enrollment))
			.andExpect(status().isCreated());
	}

	@Test
	void aggregatesEqualADirectCountAfterEveryKindOfChange() throws Exception {
		long event = jdbc.queryForObject("select min(id) from event where village_code like '33.26.%'", Long.class);
		Map<String, Long> start = assertMatches(DISTRICT);
		assertMatches(OTHER_DISTRICT);
		mvc.perform(put("admin", "/api/v1/villages/{code}/profile", "{\"officialsCount\": 1}", VILLAGE))
			.andExpect(status().isOk());

		long head = register(VILLAGE, "HEAD", "Kepala Dasbor Contoh");
		long headEnrollment = enroll(head, event);
		assertThat(assertMatches(DISTRICT)).isEqualTo(start);
		long official = register(VILLAGE, "OFFICIAL", "Perangkat Dasbor Contoh");
		long officialEnrollment = enroll(official, event);
		Map<String, Long> ready = assertMatches(DISTRICT);
		assertThat(ready.get("ready")).isEqualTo(start.get("ready") + 1);

		payOneMonth(officialEnrollment);
		assertMatches(DISTRICT);

		// Correction: the official lives in another district; the village is no longer ready.
		String corrected = workerJson(jdbc.queryForObject("select nik from worker where id = ?", String.class, official),
				"Perangkat Dasbor Contoh", OTHER_VILLAGE, "OFFICIAL", LocalDate.of(1980, 5, 6))
			.replace("}", ", \"version\": 0}");
		mvc.perform(put("staff", "/api/v1/workers/{id}", corrected, official)).andExpect(status().isOk());
		assertThat(assertMatches(DISTRICT).get("ready")).isEqualTo(start.get("ready"));
		assertMatches(OTHER_DISTRICT);

		// No API ends an enrollment: an update straight in the database is followed all the same.
		jdbc.update("update enrollment set ended_on = enrolled_on where id in (?, ?)", headEnrollment, officialEnrollment);
		assertMatches(DISTRICT);
		assertMatches(OTHER_DISTRICT);
	}

	@Test
	void concurrentEnrollmentsAtOneEventKeepTheAggregatesExact() throws Exception {
		long event = jdbc.queryForObject("select max(id) from event where village_code like '33.26.%'", Long.class);
		long before = jdbc.queryForObject("select coalesce(sum(enrollments), 0) from event_enrollments where event_id = ?",
				Long.class, event);
		List<RequestBuilder> enrollments = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long worker = register(OTHER_VILLAGE, "RESIDENT", "Serentak Dasbor " + (char) ('A' + i) + " Contoh");
			enrollments.add(post("staff", "/api/v1/workers/{id}/enrollments",
					"{\"programs\": [\"JKK\", \"JKM\"], \"eventId\": " + event + "}", worker));
		}
		assertThat(statusesAtOnce(mvc, enrollments)).containsOnly(201);
		assertThat(jdbc.queryForObject("select enrollments from event_enrollments where event_id = ?", Long.class, event))
			.isEqualTo(before + 10);
		assertWholeDatabaseMatches();
	}

	@Test
	void recountingFromTheRowsAgreesWithWhatTheTriggersKept() {
		String months = "select district_code || ' ' || enrolled_month, enrollments from district_enrollment_months where enrollments <> 0";
		String events = "select event_id::text, enrollments from event_enrollments where enrollments <> 0";
		Map<String, Long> keptMonths = rows(months);
		Map<String, Long> keptEvents = rows(events);
		assertThat(keptMonths).isNotEmpty();
		assertThat(keptEvents).isNotEmpty();
		jdbc.execute("select recount_coverage_aggregates()");
		assertThat(rows(months)).isEqualTo(keptMonths);
		assertThat(rows(events)).isEqualTo(keptEvents);
		assertThat(jdbc.queryForObject("select count(*) from village_readiness where changes = assessed", Long.class))
			.isZero();
	}
}
