package id.desasadar.dashboard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.contribution.Program;
import id.desasadar.enrollment.Coverage;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.Regions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts workers, enrolled workers (an open enrollment, within the filter) and active ones (paid through the
 * last month due) for a region, grouped by its child regions. Without a filter, the counts are sums over a code
 * range of the per-village aggregates that triggers keep up to date (V5__coverage_aggregates.sql: village_workers,
 * village_enrollments, village_programs); "active" is summed at read time from the months paid through, since it
 * depends on today. A filter by campaign or period is about single enrollments, which a per-village aggregate
 * does not know: a filtered report counts workers and their enrollments directly (a code range of
 * worker_village_idx).
 */
@Component
class CoverageFigures {

	private record Row(long workers, long enrolled, long active) {
	}

	private final JdbcTemplate jdbc;
	private final Regions regions;
	private final Coverage coverage;
	private final Clock clock;

	CoverageFigures(JdbcTemplate jdbc, Regions regions, Coverage coverage, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.coverage = coverage;
		this.clock = clock;
	}

	CoverageReport report(Region region, CoverageFilter filter) {
		RegionCode code = new RegionCode(region.getCode());
		int childLength = childLength(region.getLevel());
		Date lastDue = Date.valueOf(coverage.lastMonthDue(LocalDate.now(clock)).atDay(1));
		Map<String, Row> rows = new HashMap<>();
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		if (filter.campaignId() == null && filter.from() == null && filter.to() == null) {
			fromAggregates(code, childLength, lastDue, rows, byProgram);
		}
		else {
			counted(code, childLength, lastDue, EnrollmentCondition.of(filter), rows, byProgram);
		}

		Map<String, Long> workforce = new HashMap<>();
		jdbc.query("""
				select substr(village_code, 1, ?) as child, sum(workforce_estimate) as estimate
				from village_profile where village_code >= ? and village_code < ? and workforce_estimate is not null
				group by 1""",
				rs -> {
					workforce.put(rs.getString("child"), rs.getLong("estimate"));
				}, childLength, code.value(), code.upperBound());

		List<CoverageReport.Child> children = new ArrayList<>();
		if (region.getLevel() != RegionLevel.VILLAGE) {
			for (Region child : regions.findByParentCodeOrderByCode(region.getCode())) {
				Row row = rows.getOrDefault(child.getCode(), new Row(0, 0, 0));
				Long estimate = workforce.get(child.getCode());
				children.add(new CoverageReport.Child(child.getCode(), child.getName(), row.workers(), row.enrolled(),
						row.active(), estimate, CoverageReport.coverage(row.enrolled(), estimate)));
			}
		}
		long workers = rows.values().stream().mapToLong(Row::workers).sum();
		long enrolled = rows.values().stream().mapToLong(Row::enrolled).sum();
		long active = rows.values().stream().mapToLong(Row::active).sum();
		Long estimate = workforce.isEmpty() ? null : workforce.values().stream().mapToLong(Long::longValue).sum();
		return new CoverageReport(new CoverageReport.RegionRef(region.getCode(), region.getName(), region.getLevel()),
				new CoverageReport.Totals(workers, enrolled, active, estimate, byProgram,
						CoverageReport.coverage(enrolled, estimate)),
				children);
	}

	/** The unfiltered counts, from the per-village aggregates. */
	private void fromAggregates(RegionCode code, int childLength, Date lastDue, Map<String, Row> rows,
			Map<Program, Long> byProgram) {
		Map<String, Long> workers = new HashMap<>();
		jdbc.query("""
				select substr(village_code, 1, ?) as child, sum(workers) from village_workers
				where village_code >= ? and village_code < ? group by 1""",
				rs -> {
					workers.put(rs.getString(1), rs.getLong(2));
				}, childLength, code.value(), code.upperBound());
		Map<String, long[]> enrollments = new HashMap<>();
		jdbc.query("""
				select substr(village_code, 1, ?) as child, sum(enrollments),
				       coalesce(sum(enrollments) filter (where paid_through >= ?), 0)
				from village_enrollments where village_code >= ? and village_code < ? group by 1""",
				rs -> {
					enrollments.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, childLength, lastDue, code.value(), code.upperBound());
		workers.forEach((child, count) -> {
			long[] enrolledActive = enrollments.getOrDefault(child, new long[2]);
			rows.put(child, new Row(count, enrolledActive[0], enrolledActive[1]));
		});
		// Counters back at 0 stay as rows: a program nobody is enrolled in is left out, as a count leaves it out.
		jdbc.query("""
				select program, sum(enrollments) from village_programs
				where village_code >= ? and village_code < ? group by program having sum(enrollments) > 0""",
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, code.value(), code.upperBound());
	}

	/** The counts of workers and of their enrollments within the filter, counted directly. */
	private void counted(RegionCode code, int childLength, Date lastDue, EnrollmentCondition condition,
			Map<String, Row> rows, Map<Program, Long> byProgram) {
		List<Object> args = new ArrayList<>();
		args.add(childLength);
		args.add(lastDue);
		args.addAll(condition.args());
		args.add(code.value());
		args.add(code.upperBound());
		jdbc.query("""
				select substr(w.village_code, 1, ?) as child, count(*) as workers, count(e.id) as enrolled,
				       count(e.id) filter (where e.paid_through >= ?) as active
				from worker w left join enrollment e on e.worker_id = w.id and e.ended_on is null %s
				where w.village_code >= ? and w.village_code < ?
				group by 1""".formatted(condition.sql()),
				rs -> {
					rows.put(rs.getString("child"), new Row(rs.getLong("workers"), rs.getLong("enrolled"), rs.getLong("active")));
				}, args.toArray());

		List<Object> programArgs = new ArrayList<>(condition.args());
		programArgs.add(code.value());
		programArgs.add(code.upperBound());
		jdbc.query("""
				select p.program, count(*) from worker w
				join enrollment e on e.worker_id = w.id and e.ended_on is null %s
				join enrollment_program p on p.enrollment_id = e.id
				where w.village_code >= ? and w.village_code < ?
				group by p.program""".formatted(condition.sql()),
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, programArgs.toArray());
	}

	private static int childLength(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> RegionLevel.REGENCY.codeLength();
			case REGENCY -> RegionLevel.DISTRICT.codeLength();
			default -> RegionLevel.VILLAGE.codeLength();
		};
	}

	/** The extra join condition on enrollments for a filter, with its parameters. */
	private record EnrollmentCondition(String sql, List<Object> args) {

		static EnrollmentCondition of(CoverageFilter filter) {
			StringBuilder sql = new StringBuilder();
			List<Object> args = new ArrayList<>();
			if (filter.campaignId() != null) {
				sql.append(" and e.event_id in (select id from event where campaign_id = ?)");
				args.add(filter.campaignId());
			}
			if (filter.from() != null) {
				sql.append(" and e.enrolled_on >= ?");
				args.add(Date.valueOf(filter.from()));
			}
			if (filter.to() != null) {
				sql.append(" and e.enrolled_on <= ?");
				args.add(Date.valueOf(filter.to()));
			}
			return new EnrollmentCondition(sql.toString(), args);
		}
	}
}
