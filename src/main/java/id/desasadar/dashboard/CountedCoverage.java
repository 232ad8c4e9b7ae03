package id.desasadar.dashboard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.StatusWindows;
import id.desasadar.contribution.Program;
import id.desasadar.region.RegionCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counts of a region's workers and of their open enrollments within a filter, counted directly (a code range
 * of worker_village_idx): a campaign or a period is about single enrollments, which a per-village aggregate does
 * not know.
 */
@Component
class CountedCoverage {

	private final JdbcTemplate jdbc;

	CountedCoverage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	CoverageCounts count(RegionCode code, int childLength, StatusWindows windows, CoverageFilter filter) {
		EnrollmentCondition condition = EnrollmentCondition.of(filter);
		Map<String, CoverageCounts.Child> children = new HashMap<>();
		jdbc.query("""
				select substr(w.village_code, 1, ?) as child, count(*),
				       count(e.id) filter (where %s),
				       count(e.id) filter (where %s),
				       count(e.id) filter (where %s),
				       count(e.id) filter (where %s)
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null %s
				where w.village_code >= ? and w.village_code < ?
				group by 1""".formatted(windows.is(CoverageStatus.PENDING, "e.paid_through", "w.segment"),
				windows.is(CoverageStatus.ACTIVE, "e.paid_through", "w.segment"),
				windows.is(CoverageStatus.ARREARS, "e.paid_through", "w.segment"),
				windows.is(CoverageStatus.LAPSED, "e.paid_through", "w.segment"), condition.sql()),
				rs -> {
					children.put(rs.getString(1), new CoverageCounts.Child(rs.getLong(2),
							new Statuses(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))));
				}, condition.around(List.of(childLength), code.value(), code.upperBound()));
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		jdbc.query("""
				select p.program, count(*) from worker w
				join enrollment e on e.worker_id = w.id and e.ended_on is null %s
				join enrollment_program p on p.enrollment_id = e.id
				where w.village_code >= ? and w.village_code < ?
				group by p.program""".formatted(condition.sql()),
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, condition.around(List.of(), code.value(), code.upperBound()));
		return new CoverageCounts(children, byProgram);
	}
}
