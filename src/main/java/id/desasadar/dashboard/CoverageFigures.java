package id.desasadar.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.StatusWindows;
import id.desasadar.region.Region;
import id.desasadar.region.RegionCode;
import id.desasadar.region.RegionLevel;
import id.desasadar.region.Regions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Workers, enrolled workers (an open enrollment, within the filter), their statuses and programs for a region,
 * grouped by its child regions, with the workforce estimate. Without a filter the counts come from the
 * aggregates ({@link AggregatedCoverage}); a filter by campaign or period counts directly ({@link CountedCoverage}).
 */
@Component
class CoverageFigures {

	private final JdbcTemplate jdbc;
	private final Regions regions;
	private final AggregatedCoverage aggregated;
	private final CountedCoverage counted;
	private final CoverageWindows windows;
	private final Clock clock;

	CoverageFigures(JdbcTemplate jdbc, Regions regions, AggregatedCoverage aggregated, CountedCoverage counted,
			CoverageWindows windows, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.aggregated = aggregated;
		this.counted = counted;
		this.windows = windows;
		this.clock = clock;
	}

	CoverageReport report(Region region, CoverageFilter filter) {
		RegionCode code = new RegionCode(region.getCode());
		int childLength = childLength(region.getLevel());
		StatusWindows today = windows.on(LocalDate.now(clock));
		CoverageCounts counts = filter.isEmpty() ? aggregated.count(code, childLength, today)
				: counted.count(code, childLength, today, filter);
		Map<String, Long> workforce = workforce(code, childLength);

		List<CoverageReport.Child> children = new ArrayList<>();
		if (region.getLevel() != RegionLevel.VILLAGE) {
			for (Region child : regions.findByParentCodeOrderByCode(region.getCode())) {
				CoverageCounts.Child row = counts.children().getOrDefault(child.getCode(), CoverageCounts.Child.NONE);
				Long estimate = workforce.get(child.getCode());
				children.add(new CoverageReport.Child(child.getCode(), child.getName(), row.workers(), row.enrolled(),
						row.statuses().active(), estimate, CoverageReport.coverage(row.enrolled(), estimate)));
			}
		}
		long workers = counts.children().values().stream().mapToLong(CoverageCounts.Child::workers).sum();
		Statuses statuses = counts.children().values().stream().map(CoverageCounts.Child::statuses)
			.reduce(Statuses.NONE, Statuses::plus);
		Long estimate = workforce.isEmpty() ? null : workforce.values().stream().mapToLong(Long::longValue).sum();
		return new CoverageReport(new CoverageReport.RegionRef(region.getCode(), region.getName(), region.getLevel()),
				new CoverageReport.Totals(workers, statuses.total(), statuses.active(), estimate, counts.byProgram(),
						CoverageReport.coverage(statuses.total(), estimate)),
				children, statuses);
	}

	/** The workforce estimates of the village profiles, summed by child region. */
	private Map<String, Long> workforce(RegionCode code, int childLength) {
		Map<String, Long> workforce = new HashMap<>();
		jdbc.query("""
				select substr(village_code, 1, ?) as child, sum(workforce_estimate) as estimate
				from village_profile where village_code >= ? and village_code < ? and workforce_estimate is not null
				group by 1""",
				rs -> {
					workforce.put(rs.getString("child"), rs.getLong("estimate"));
				}, childLength, code.value(), code.upperBound());
		return workforce;
	}

	private static int childLength(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> RegionLevel.REGENCY.codeLength();
			case REGENCY -> RegionLevel.DISTRICT.codeLength();
			default -> RegionLevel.VILLAGE.codeLength();
		};
	}
}
