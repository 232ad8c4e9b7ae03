package id.desasadar.village;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.StatusWindows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A village's counts: workers, enrolled, active and the other statuses from the aggregates kept by triggers
 * (V5__coverage_aggregates.sql), the few enrolled heads, officials and RT/RW heads straight from the workers with
 * such a role (index worker_village_role_idx): the figures of the village page and the checklist.
 */
@Component
class VillageFigures {

	/** Workers, enrolled (an open enrollment), active (paid through the last month due), by village role. */
	record Counts(long workers, long enrolled, long active, boolean headEnrolled, int officialsEnrolled,
			int rtRwHeadsEnrolled, StatusBreakdown statuses) {
	}

	private final JdbcTemplate jdbc;
	private final CoverageWindows windows;
	private final Clock clock;

	VillageFigures(JdbcTemplate jdbc, CoverageWindows windows, Clock clock) {
		this.jdbc = jdbc;
		this.windows = windows;
		this.clock = clock;
	}

	Counts of(String villageCode) {
		StatusWindows today = windows.on(LocalDate.now(clock));
		long workers = jdbc.queryForObject(
				"select coalesce(sum(workers), 0) from village_workers where village_code = ?", Long.class, villageCode);
		// The statuses by each segment's window on the month paid through (the counters are by segment, V57).
		StatusBreakdown statuses = jdbc.queryForObject("""
				select coalesce(sum(enrollments) filter (where %s), 0),
				       coalesce(sum(enrollments) filter (where %s), 0),
				       coalesce(sum(enrollments) filter (where %s), 0),
				       coalesce(sum(enrollments) filter (where %s), 0)
				from village_enrollments where village_code = ?""".formatted(
				today.is(CoverageStatus.ACTIVE, "paid_through", "segment"),
				today.is(CoverageStatus.ARREARS, "paid_through", "segment"),
				today.is(CoverageStatus.LAPSED, "paid_through", "segment"),
				today.is(CoverageStatus.PENDING, "paid_through", "segment")),
				(rs, n) -> new StatusBreakdown(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), villageCode);
		return jdbc.queryForObject("""
				select count(e.id) filter (where w.village_role = 'HEAD'),
				       count(e.id) filter (where w.village_role = 'OFFICIAL'),
				       count(e.id) filter (where w.village_role = 'RT_RW_HEAD')
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code = ? and w.village_role in ('HEAD', 'OFFICIAL', 'RT_RW_HEAD')""",
				(rs, n) -> new Counts(workers, statuses.total(), statuses.active(), rs.getLong(1) > 0, rs.getInt(2),
						rs.getInt(3), statuses),
				villageCode);
	}
}
