package id.desasadar.village;

import java.time.Clock;
import java.time.LocalDate;

import id.desasadar.enrollment.Coverage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A village's counts, straight from workers and their open enrollments (indexes worker_village_role_idx and
 * enrollment_open_per_worker_key): the figures of the village page and the checklist.
 */
@Component
class VillageFigures {

	/** Workers, enrolled (an open enrollment), active (paid through the last month due), by village role. */
	record Counts(long workers, long enrolled, long active, boolean headEnrolled, int officialsEnrolled,
			int rtRwHeadsEnrolled) {
	}

	private final JdbcTemplate jdbc;
	private final Coverage coverage;
	private final Clock clock;

	VillageFigures(JdbcTemplate jdbc, Coverage coverage, Clock clock) {
		this.jdbc = jdbc;
		this.coverage = coverage;
		this.clock = clock;
	}

	Counts of(String villageCode) {
		LocalDate lastDue = coverage.lastMonthDue(LocalDate.now(clock)).atDay(1);
		return jdbc.queryForObject("""
				select count(*),
				       count(e.id),
				       count(e.id) filter (where e.paid_through >= ?),
				       count(e.id) filter (where w.village_role = 'HEAD'),
				       count(e.id) filter (where w.village_role = 'OFFICIAL'),
				       count(e.id) filter (where w.village_role = 'RT_RW_HEAD')
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null
				where w.village_code = ?""",
				(rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) > 0, rs.getInt(5),
						rs.getInt(6)),
				lastDue, villageCode);
	}
}
