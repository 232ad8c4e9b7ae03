package id.desasadar.agent;

import java.math.BigDecimal;
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

	/**
	 * An agent's month before the fee: new participants and contributions collected; for the 2022 scheme the new
	 * participants whose NIK was never enrolled before (BPU workers), those of them with JHT, and the contributions
	 * paid in the month split by participant month ({@link #agents}).
	 */
	record AgentMonth(long id, String code, String name, boolean active, long newParticipants, long collected,
			long firstTimeParticipants, long firstTimeWithJht, BigDecimal earlyRetentionBase,
			BigDecimal laterRetentionBase) {
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
	 * began (enrollment_agent_idx, then payment_enrollment_idx). A new participant is a first-time one when its
	 * worker is BPU and had no enrollment before this one (enrollment_worker_history_idx).
	 * <p>
	 * The retention bases: a payment of {@code months} months from {@code first_month} covers the participant's
	 * months {@code f} to {@code f + months - 1}, where month 1 is the month the enrollment began; its amount is
	 * spread evenly over them, and the part for months 1 to {@code earlyMonths} is the early base, the part for the
	 * months after, up to {@code untilMonth}, the later base. With both 0 (the 2018 scheme) they are 0.
	 */
	List<AgentMonth> agents(Region region, YearMonth month, int earlyMonths, int untilMonth) {
		RegionCode code = new RegionCode(region.getCode());
		Date from = Date.valueOf(month.atDay(1));
		Date to = Date.valueOf(month.plusMonths(1).atDay(1));
		return jdbc.query("""
				select a.id, a.code, a.name, a.active,
				       (select count(*) from enrollment e
				        where e.agent_id = a.id and e.enrolled_on >= ? and e.enrolled_on < ?) as new_participants,
				       (select coalesce(sum(p.amount), 0) from enrollment e join payment p on p.enrollment_id = e.id
				        where e.agent_id = a.id and p.paid_on >= ? and p.paid_on < ?) as collected,
				       first_time.participants as first_time, first_time.with_jht as first_time_jht,
				       retention.early, retention.later
				from agent a
				cross join lateral (
				    select count(*) as participants,
				           count(*) filter (where exists (select 1 from enrollment_program ep
				                                          where ep.enrollment_id = e.id and ep.program = 'JHT')) as with_jht
				    from enrollment e join worker w on w.id = e.worker_id
				    where e.agent_id = a.id and e.enrolled_on >= ? and e.enrolled_on < ? and w.segment = 'BPU'
				      and not exists (select 1 from enrollment earlier where earlier.worker_id = e.worker_id
				                      and (earlier.enrolled_on, earlier.id) < (e.enrolled_on, e.id))
				) first_time
				cross join lateral (
				    select coalesce(sum(p.amount * greatest(0, least(m.first + p.months - 1, ?) - greatest(m.first, 1) + 1)
				                        / p.months::numeric), 0) as early,
				           coalesce(sum(p.amount * greatest(0, least(m.first + p.months - 1, ?) - greatest(m.first, ? + 1) + 1)
				                        / p.months::numeric), 0) as later
				    from enrollment e join payment p on p.enrollment_id = e.id
				    cross join lateral (select ((extract(year from p.first_month) - extract(year from e.enrolled_on)) * 12
				        + extract(month from p.first_month) - extract(month from e.enrolled_on) + 1)::integer as first) m
				    where e.agent_id = a.id and p.paid_on >= ? and p.paid_on < ?
				) retention
				where a.region_code >= ? and a.region_code < ?
				order by a.name, a.id""",
				(rs, n) -> new AgentMonth(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
						rs.getBoolean("active"), rs.getLong("new_participants"), rs.getLong("collected"),
						rs.getLong("first_time"), rs.getLong("first_time_jht"), rs.getBigDecimal("early"),
						rs.getBigDecimal("later")),
				from, to, from, to, from, to, earlyMonths, untilMonth, earlyMonths, from, to, code.value(),
				code.upperBound());
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
