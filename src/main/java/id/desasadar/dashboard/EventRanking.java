package id.desasadar.dashboard;

import java.util.List;

import id.desasadar.dashboard.DashboardReport.RankedEvent;
import id.desasadar.region.RegionCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The events held in a region (in its villages) ranked by the enrollments made at them, open or ended, as
 * the event page counts them. Unfiltered from event_enrollments (V6__dashboard_aggregates.sql); a filter counts
 * the event's enrollments directly (enrollment_event_idx).
 */
@Component
class EventRanking {

	static final int SHOWN = 10;

	private static final RowMapper<RankedEvent> ROW = (rs, n) -> new RankedEvent(rs.getLong(1), rs.getString(2),
			rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getLong(6));

	private final JdbcTemplate jdbc;

	EventRanking(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<RankedEvent> top(RegionCode code, CoverageFilter filter) {
		if (filter.isEmpty()) {
			return jdbc.query("""
					select ev.id, ev.name, ev.event_date, ev.village_code, r.name, c.enrollments
					from event ev join event_enrollments c on c.event_id = ev.id join region r on r.code = ev.village_code
					where ev.village_code >= ? and ev.village_code < ? and c.enrollments > 0
					order by c.enrollments desc, ev.event_date desc, ev.id desc limit ?""",
					ROW, code.value(), code.upperBound(), SHOWN);
		}
		EnrollmentCondition condition = EnrollmentCondition.of(filter);
		return jdbc.query("""
				select ev.id, ev.name, ev.event_date, ev.village_code, r.name, count(*)
				from event ev join enrollment e on e.event_id = ev.id %s join region r on r.code = ev.village_code
				where ev.village_code >= ? and ev.village_code < ?
				group by ev.id, r.name
				order by 6 desc, ev.event_date desc, ev.id desc limit ?""".formatted(condition.sql()),
				ROW, condition.around(List.of(), code.value(), code.upperBound(), SHOWN));
	}
}
