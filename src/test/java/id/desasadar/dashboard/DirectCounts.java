package id.desasadar.dashboard;

import static id.desasadar.Api.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.CoverageStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The dashboard's figures counted the slow, obvious way, straight from workers, enrollments and events, with
 * the statuses decided by enrollment.Coverage of the worker's segment one enrollment at a time and readiness asked of each village's
 * checklist: what the aggregates must equal.
 */
record DirectCounts(MockMvc mvc, JdbcTemplate jdbc, CoverageWindows windows) {

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	/** Open enrollments of the region's workers by status, as {@code {pending, active, arrears, lapsed}}. */
	Map<String, Long> statuses(String region, String campaignCondition) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String name : List.of("pending", "active", "arrears", "lapsed")) {
			counts.put(name, 0L);
		}
		jdbc.query("""
				select e.paid_through, w.segment from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code like ? %s""".formatted(campaignCondition),
				rs -> {
					java.sql.Date paid = rs.getDate(1);
					CoverageStatus status = windows.of(Segment.valueOf(rs.getString(2))).statusOf(paid == null ? null : YearMonth.from(paid.toLocalDate()), false,
							today());
					counts.merge(status.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
				}, region + "%");
		return counts;
	}

	/** Open enrollments of the region's workers by enrollment month, from {@code first} to {@code last}. */
	Map<String, Long> byMonth(String region, YearMonth first, YearMonth last) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			counts.put(month.toString(), 0L);
		}
		jdbc.query("""
				select to_char(e.enrolled_on, 'YYYY-MM'), count(*)
				from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code like ? and e.enrolled_on >= ? and e.enrolled_on <= ? group by 1""",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, region + "%", first.atDay(1), last.atEndOfMonth());
		return counts;
	}

	/** The top events held in the region: {@code "id enrollments"} in rank order. */
	List<String> events(String region) {
		return jdbc.query("""
				select ev.id || ' ' || count(e.id) from event ev join enrollment e on e.event_id = ev.id
				where ev.village_code like ? group by ev.id, ev.event_date
				order by count(e.id) desc, ev.event_date desc, ev.id desc limit 10""",
				(rs, n) -> rs.getString(1), region + "%");
	}

	/** {@code {ready, declared}}: ready asked of each village's checklist (the API), declared from designations. */
	Map<String, Long> villages(String district) throws Exception {
		long ready = 0;
		List<String> villages = jdbc.queryForList("""
				select code from region where parent_code = ? and not exists (select 1 from designation d where d.village_code = code)""",
				String.class, district);
		for (String village : villages) {
			String json = mvc.perform(get("manager", "/api/v1/villages/{code}/readiness", village))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			if (JsonPath.<Boolean>read(json, "$.ready")) {
				ready++;
			}
		}
		long declared = jdbc.queryForObject("select count(*) from designation where village_code like ?", Long.class,
				district + "%");
		return Map.of("ready", ready, "declared", declared);
	}

	/** The dashboard's own figures from its JSON, in the shapes above. */
	static Map<String, Long> statusesOf(String json) {
		Map<String, Number> read = JsonPath.read(json, "$.statuses");
		Map<String, Long> statuses = new LinkedHashMap<>();
		for (String name : List.of("pending", "active", "arrears", "lapsed")) {
			statuses.put(name, read.get(name).longValue());
		}
		return statuses;
	}

	static Map<String, Long> byMonthOf(String json) {
		List<Map<String, Object>> months = JsonPath.read(json, "$.byMonth");
		Map<String, Long> counts = new LinkedHashMap<>();
		months.forEach(m -> counts.put((String) m.get("month"), ((Number) m.get("enrollments")).longValue()));
		return counts;
	}

	static List<String> eventsOf(String json) {
		List<Map<String, Object>> events = JsonPath.read(json, "$.events");
		List<String> ranked = new ArrayList<>();
		events.forEach(e -> ranked.add(((Number) e.get("id")).longValue() + " " + ((Number) e.get("enrollments")).longValue()));
		return ranked;
	}

	static Map<String, Long> villagesOf(String json) {
		Map<String, Number> read = JsonPath.read(json, "$.villages");
		Map<String, Long> villages = new HashMap<>();
		read.forEach((key, value) -> villages.put(key, value.longValue()));
		return villages;
	}
}
