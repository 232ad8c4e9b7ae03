package id.desasadar.enrollment;

import id.desasadar.account.Viewer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import id.desasadar.contribution.Program;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts of enrollments for an event or a campaign, for their pages and progress. */
@Component
public class EnrollmentFigures {

	/** An event's figures: enrollments, enrollments per program, and the monthly contributions they bring. */
	public record EventFigures(long enrollments, Map<Program, Long> byProgram, Long monthlyContribution) {

		/**
		 * These figures as the viewer may see them: without the sum of contributions for one who does not see
		 * incomes (a village head, issue #16), since an event of one enrollment would give its income away.
		 */
		public EventFigures forViewer(Viewer viewer) {
			return viewer.seesIncome() ? this : new EventFigures(enrollments, byProgram, null);
		}
	}

	private final JdbcTemplate jdbc;

	EnrollmentFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * From the counters the triggers keep (V15__event_tally.sql), one row per program by the primary keys: a booth
	 * page reads this on every view, and counting the event's enrollments grew with the festival. An event with no
	 * enrollment yet has no counter row, hence the zeros.
	 */
	public EventFigures ofEvent(long eventId) {
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		long[] totals = new long[2];
		jdbc.query("""
				select t.enrollments, t.monthly_contribution, p.program, p.enrollments
				from event_enrollments t left join event_programs p on p.event_id = t.event_id and p.enrollments > 0
				where t.event_id = ?""",
				rs -> {
					totals[0] = rs.getLong(1);
					totals[1] = rs.getLong(2);
					if (rs.getString(3) != null) {
						byProgram.put(Program.valueOf(rs.getString(3)), rs.getLong(4));
					}
				}, eventId);
		return new EventFigures(totals[0], byProgram, totals[1]);
	}

	/** Enrollments at an event with the enrollment date given, e.g. today's at a booth (counter event_days, V15). */
	public long countOfEventOn(long eventId, LocalDate enrolledOn) {
		return jdbc.query("select enrollments from event_days where event_id = ? and enrolled_on = ?",
				rs -> rs.next() ? rs.getLong(1) : 0L, eventId, enrolledOn);
	}

	/**
	 * Enrollments made at the campaign's events: the sum of their counters (index event_campaign_idx, then
	 * event_enrollments' primary key), not a count over all the campaign's enrollments.
	 */
	public long countOfCampaign(long campaignId) {
		return jdbc.queryForObject("""
				select coalesce(sum(c.enrollments), 0) from event ev join event_enrollments c on c.event_id = ev.id
				where ev.campaign_id = ?""",
				Long.class, campaignId);
	}
}
