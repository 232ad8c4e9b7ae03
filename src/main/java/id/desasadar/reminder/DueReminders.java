package id.desasadar.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Nik;
import id.desasadar.worker.WorkerAnonymised;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each day's list of reminders (table due_reminder, V37): {@link #prepare} writes, in one statement, every open
 * enrollment whose next month due ({@code Coverage.nextMonthDue}: the month after the one paid through, or the
 * first month when nothing was paid) falls due ({@link CoverageWindows#dueMonthSql}: BPU by the 15th of the month
 * itself, PU by the 15th of the following month) from today to the horizon; {@link #page} reads a
 * region's part of it, up to a number of days ahead, for one officer or all. Workers already in arrears are not
 * here: their month fell due already, and the follow-up list has them.
 */
@Component
class DueReminders {

	/** The latest a page may look ahead, in days: what a day's list holds. */
	private final int horizon;
	private final NamedParameterJdbcTemplate jdbc;
	private final CoverageWindows windows;
	private final ReminderText text;
	private final Clock clock;

	DueReminders(DataSource dataSource, CoverageWindows windows, ReminderText text, Clock clock,
			@Value("${desa-sadar.reminders.horizon-days:14}") int horizon) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.windows = windows;
		this.text = text;
		this.clock = clock;
		this.horizon = horizon;
	}

	int horizon() {
		return horizon;
	}

	/** Prepares today's list unless it was prepared already (by this instance or another); answers its size. */
	@Transactional
	int prepare() {
		LocalDate today = LocalDate.now(clock);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today)
			.addValue("until", today.plusDays(horizon))
			.addValue("at", Timestamp.from(clock.instant())).addValue("keepFrom", today.minusDays(7));
		Integer done = jdbc.queryForList("select reminders from due_reminder_run where prepared_on = :today", params,
				Integer.class).stream().findFirst().orElse(null);
		if (done != null) {
			return done;
		}
		// an advisory lock for the transaction: two instances preparing at once write the list once
		jdbc.queryForList("select pg_advisory_xact_lock(hashtext('due_reminder'))", params);
		done = jdbc.queryForList("select reminders from due_reminder_run where prepared_on = :today", params,
				Integer.class).stream().findFirst().orElse(null);
		if (done != null) {
			return done;
		}
		// The due day of the month due by the worker's segment: a PU month by the 15th of the following month.
		int rows = jdbc.update("""
				insert into due_reminder (prepared_on, enrollment_id, worker_id, village_code, officer, month_due, due_on, amount)
				select cast(:today as date), enrollment_id, worker_id, village_code, officer, month_due, due_on, amount
				from (
				  select e.id as enrollment_id, w.id as worker_id, w.village_code, e.created_by as officer,
				    e.monthly_contribution as amount, m.month_due,
				    %s as due_on
				  from enrollment e
				  join worker w on w.id = e.worker_id
				  cross join lateral (select coalesce(cast(e.paid_through + interval '1 month' as date),
				    cast(date_trunc('month', e.enrolled_on) as date)) as month_due) m
				  where e.ended_on is null and w.anonymised_at is null
				) due
				where due_on between cast(:today as date) and cast(:until as date)
				on conflict do nothing""".formatted(windows.dueMonthSql("m.month_due", "w.segment")), params);
		jdbc.update("insert into due_reminder_run (prepared_on, prepared_at, reminders) values (:today, :at, :rows)",
				params.addValue("rows", rows));
		jdbc.update("delete from due_reminder where prepared_on < :keepFrom", params);
		jdbc.update("delete from due_reminder_run where prepared_on < :keepFrom", params);
		return rows;
	}

	/**
	 * Today's reminders under the region, falling due within {@code days} days, of one officer's enrollments or all
	 * ({@code officer} null), soonest first, then by village and name. Today's list is prepared first if the
	 * scheduled work has not run yet today (a start after its hour).
	 */
	Page<DueReminder> page(RegionCode region, String officer, int days, Pageable pageable) {
		prepare();
		LocalDate today = LocalDate.now(clock);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", today)
			.addValue("until", today.plusDays(days)).addValue("code", region.value())
			.addValue("upperBound", region.upperBound()).addValue("officer", officer)
			.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		String where = """
				from due_reminder d
				join worker w on w.id = d.worker_id
				where d.prepared_on = :today and d.village_code >= :code and d.village_code < :upperBound
				  and d.due_on <= :until and w.anonymised_at is null"""
				+ (officer == null ? "" : " and d.officer = :officer");
		long total = jdbc.queryForObject("select count(*) " + where, params, Long.class);
		List<DueReminder> rows = jdbc.query("""
				select d.worker_id, w.name, w.nik, d.village_code, r.name as village_name, w.phone, d.officer,
				  d.month_due, d.due_on, d.amount
				""" + where.replace("join worker w on w.id = d.worker_id", """
				join worker w on w.id = d.worker_id
				join region r on r.code = d.village_code""")
				+ " order by d.due_on, d.village_code, d.officer, w.name, d.worker_id limit :limit offset :offset",
				params, (rs, n) -> {
					Nik nik = new Nik(rs.getString("nik"));
					YearMonth month = YearMonth.from(rs.getDate("month_due").toLocalDate());
					LocalDate dueOn = rs.getDate("due_on").toLocalDate();
					String phone = rs.getString("phone");
					return new DueReminder(rs.getLong("worker_id"), rs.getString("name"),
							nik.masked(), rs.getString("village_code"),
							rs.getString("village_name"), phone, rs.getString("officer"), month, dueOn, rs.getLong("amount"),
							text.link(phone, rs.getString("name"), month, dueOn, rs.getLong("amount")));
				});
		return new PageImpl<>(rows, pageable, total);
	}

	/** An anonymised worker is reminded of nothing, and the list keeps no trace of the worker. */
	@EventListener
	void forget(WorkerAnonymised anonymised) {
		jdbc.update("delete from due_reminder where worker_id = :id", new MapSqlParameterSource("id", anonymised.workerId()));
	}
}
