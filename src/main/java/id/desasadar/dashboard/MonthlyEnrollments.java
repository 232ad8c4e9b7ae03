package id.desasadar.dashboard;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.dashboard.DashboardReport.MonthCount;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open enrollments of a region's workers by the month they were enrolled in, every month of the range (0 where
 * none). Unfiltered from district_enrollment_months (V6__dashboard_aggregates.sql); a village, or a filter,
 * counted directly.
 */
@Component
class MonthlyEnrollments {

	private final JdbcTemplate jdbc;

	MonthlyEnrollments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<MonthCount> of(Region region, CoverageFilter filter, MonthRange range) {
		RegionCode code = new RegionCode(region.getCode());
		Date first = Date.valueOf(range.first().atDay(1));
		Date last = Date.valueOf(range.last().atEndOfMonth());
		Map<YearMonth, Long> counts = new HashMap<>();
		if (filter.isEmpty() && !region.isVillage()) {
			jdbc.query("""
					select enrolled_month, sum(enrollments) from district_enrollment_months
					where district_code >= ? and district_code < ? and enrolled_month between ? and ? group by 1""",
					rs -> {
						counts.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
					}, code.value(), code.upperBound(), first, last);
		}
		else {
			EnrollmentCondition condition = EnrollmentCondition.of(filter);
			jdbc.query("""
					select date_trunc('month', e.enrolled_on)::date, count(*)
					from worker w join enrollment e on e.worker_id = w.id and e.ended_on is null %s
					where w.village_code >= ? and w.village_code < ? and e.enrolled_on between ? and ?
					group by 1""".formatted(condition.sql()),
					rs -> {
						counts.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
					}, condition.around(List.of(), code.value(), code.upperBound(), first, last));
		}
		return range.months().stream().map(month -> new MonthCount(month, counts.getOrDefault(month, 0L))).toList();
	}
}
