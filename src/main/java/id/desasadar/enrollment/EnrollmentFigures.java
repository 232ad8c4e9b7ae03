package id.desasadar.enrollment;

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
	public record EventFigures(long enrollments, Map<Program, Long> byProgram, long monthlyContribution) {
	}

	private final JdbcTemplate jdbc;

	EnrollmentFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public EventFigures ofEvent(long eventId) {
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		jdbc.query("""
				select p.program, count(*) from enrollment e join enrollment_program p on p.enrollment_id = e.id
				where e.event_id = ? group by p.program""",
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, eventId);
		return jdbc.queryForObject("select count(*), coalesce(sum(monthly_contribution), 0) from enrollment where event_id = ?",
				(rs, n) -> new EventFigures(rs.getLong(1), byProgram, rs.getLong(2)), eventId);
	}

	/** Enrollments at an event with the enrollment date given, e.g. today's at a booth (index enrollment_event_idx). */
	public long countOfEventOn(long eventId, LocalDate enrolledOn) {
		return jdbc.queryForObject("select count(*) from enrollment where event_id = ? and enrolled_on = ?",
				Long.class, eventId, enrolledOn);
	}

	/** Enrollments made at the campaign's events (index enrollment_event_idx, event_campaign_idx). */
	public long countOfCampaign(long campaignId) {
		return jdbc.queryForObject("""
				select count(*) from enrollment e join event ev on ev.id = e.event_id where ev.campaign_id = ?""",
				Long.class, campaignId);
	}
}
