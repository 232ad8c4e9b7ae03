package id.desasadar.agent;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The month's figures of the agents and of the staff of a region, one query per table. A month is the
 * range [first day, first day of the next month), which the date indexes serve.
 */
@Component
class AgentFigures {

	/** An agent's month before the fee: new participants and contributions collected. */
	record AgentMonth(long id, String code, String name, boolean active, long newParticipants, long collected) {
	}

	/** A staff member's month: enrollments registered and contributions recorded. */
	record StaffMonth(String username, long enrollments, long collected) {
	}

	private final JdbcTemplate jdbc;

	AgentFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The agents working in the region (agent_region_idx); for each, the enrollments credited to it that
	 * began in the month and the payments made in the month on any enrollment credited to it, whenever it
	 * began (enrollment_agent_idx, then payment_enrollment_idx).
	 */
	List<AgentMonth> agents(Region region, YearMonth month) {
		RegionCode code = new RegionCode(region.getCode());
		Date from = Date.valueOf(month.atDay(1));
		Date to = Date.valueOf(month.plusMonths(1).atDay(1));
		return jdbc.query("""
				select a.id, a.code, a.name, a.active,
				       (select count(*) from enrollment e
				        where e.agent_id = a.id and e.enrolled_on >= ? and e.enrolled_on < ?) as new_participants,
				       (select coalesce(sum(p.amount), 0) from enrollment e join payment p on p.enrollment_id = e.id
				        where e.agent_id = a.id and p.paid_on >= ? and p.paid_on < ?) as collected
				from agent a
				where a.region_code >= ? and a.region_code < ?
				order by a.name, a.id""",
				(rs, n) -> new AgentMonth(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getBoolean("active"), rs.getLong("new_participants"), rs.getLong("collected")),
				from, to, from, to, code.value(), code.upperBound());
	}

	/**
	 * Per staff member, the enrollments they registered that began in the month (enrollment_enrolled_on_idx)
	 * and the payments they recorded that were made in the month (payment_paid_on_idx), of workers of the
	 * region.
	 */
	List<StaffMonth> staff(Region region, YearMonth month) {
		RegionCode code = new RegionCode(region.getCode());
		Date from = Date.valueOf(month.atDay(1));
		Date to = Date.valueOf(month.plusMonths(1).atDay(1));
		return jdbc.query("""
				with registered as (
				    select e.created_by as username, count(*) as enrollments
				    from enrollment e join worker w on w.id = e.worker_id
				    where e.enrolled_on >= ? and e.enrolled_on < ? and w.village_code >= ? and w.village_code < ?
				    group by e.created_by
				), recorded as (
				    select p.recorded_by as username, sum(p.amount) as collected
				    from payment p join enrollment e on e.id = p.enrollment_id join worker w on w.id = e.worker_id
				    where p.paid_on >= ? and p.paid_on < ? and w.village_code >= ? and w.village_code < ?
				    group by p.recorded_by
				)
				select coalesce(r.username, c.username) as username, coalesce(r.enrollments, 0) as enrollments,
				       coalesce(c.collected, 0) as collected
				from registered r full join recorded c on c.username = r.username
				order by 1""",
				(rs, n) -> new StaffMonth(rs.getString("username"), rs.getLong("enrollments"), rs.getLong("collected")),
				from, to, code.value(), code.upperBound(), from, to, code.value(), code.upperBound());
	}
}
