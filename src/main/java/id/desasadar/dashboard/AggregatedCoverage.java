package id.desasadar.dashboard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.StatusWindows;
import id.desasadar.contribution.Program;
import id.desasadar.region.RegionCode;
import id.desasadar.region.RegionLevel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unfiltered counts of a region, summed over a code range of the aggregates that triggers keep: per village
 * (V5__coverage_aggregates.sql: village_workers, village_enrollments, village_programs) and the same per district
 * (V12__district_coverage_aggregates.sql). Children that are regencies or districts are sums of districts, so
 * those come from the district tables (576 districts for province 33 instead of 8,563 villages); a district's
 * children are villages. The statuses depend on today, so they are summed at read time from the months paid
 * through, in the same pass as the enrolled.
 */
@Component
class AggregatedCoverage {

	private static final int DISTRICT_CODE_LENGTH = RegionLevel.DISTRICT.codeLength();

	private final JdbcTemplate jdbc;

	AggregatedCoverage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	CoverageCounts count(RegionCode code, int childLength, StatusWindows windows) {
		String level = childLength <= DISTRICT_CODE_LENGTH ? "district" : "village";
		Map<String, Long> workers = new HashMap<>();
		jdbc.query("""
				select substr(%1$s_code, 1, ?) as child, sum(workers) from %1$s_workers
				where %1$s_code >= ? and %1$s_code < ? group by 1""".formatted(level),
				rs -> {
					workers.put(rs.getString(1), rs.getLong(2));
				}, childLength, code.value(), code.upperBound());
		Map<String, Statuses> statuses = new HashMap<>();
		// The counters are kept by segment (V57): each segment's months fall due by its own term.
		jdbc.query("""
				select substr(%1$s_code, 1, ?) as child,
				       coalesce(sum(enrollments) filter (where %2$s), 0),
				       coalesce(sum(enrollments) filter (where %3$s), 0),
				       coalesce(sum(enrollments) filter (where %4$s), 0),
				       coalesce(sum(enrollments) filter (where %5$s), 0)
				from %1$s_enrollments where %1$s_code >= ? and %1$s_code < ? group by 1""".formatted(level,
				windows.is(CoverageStatus.PENDING, "paid_through", "segment"),
				windows.is(CoverageStatus.ACTIVE, "paid_through", "segment"),
				windows.is(CoverageStatus.ARREARS, "paid_through", "segment"),
				windows.is(CoverageStatus.LAPSED, "paid_through", "segment")),
				rs -> {
					statuses.put(rs.getString(1), new Statuses(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
				}, childLength, code.value(), code.upperBound());
		Map<String, CoverageCounts.Child> children = new HashMap<>();
		workers.forEach((child, count) -> children.put(child,
				new CoverageCounts.Child(count, statuses.getOrDefault(child, Statuses.NONE))));
		// Counters back at 0 stay as rows: a program nobody is enrolled in is left out, as a count leaves it out.
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		jdbc.query("""
				select program, sum(enrollments) from %1$s_programs
				where %1$s_code >= ? and %1$s_code < ? group by program having sum(enrollments) > 0""".formatted(level),
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, code.value(), code.upperBound());
		return new CoverageCounts(children, byProgram);
	}
}
