package id.desasadar.dashboard;

import static id.desasadar.PuDueDateStory.DECEMBER_16;
import static id.desasadar.PuDueDateStory.FEBRUARY_16;
import static id.desasadar.PuDueDateStory.NOVEMBER_10;
import static id.desasadar.PuDueDateStory.NOVEMBER_15;
import static id.desasadar.PuDueDateStory.NOVEMBER_16;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.desasadar.IntegrationTest;
import id.desasadar.PuDueDateStory;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #17: the dashboards count a PU worker's month as due by the 15th of the following month (domain.md, PU
 * contributions), from the counters by segment (V57) and when counted directly under a filter; the BPU worker beside
 * it keeps the month itself. {@link PuDueDateStory} has the workers and the days.
 */
@IntegrationTest
class PuDueDateDashboardIntegrationTest {

	static final String VILLAGE = "33.25.01.2001";

	static final String DISTRICT = "33.25.01";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AggregatedCoverage aggregated;

	@Autowired
	CountedCoverage counted;

	@Autowired
	CoverageWindows windows;

	Statuses village(LocalDate day) {
		return aggregated.count(new RegionCode(DISTRICT), 13, windows.on(day)).children().get(VILLAGE).statuses();
	}

	/** The district's row of the regency's dashboard: from the district counters (V12, V57). */
	Statuses district(LocalDate day) {
		CoverageCounts.Child child = aggregated.count(new RegionCode("33.25"), 8, windows.on(day)).children().get(DISTRICT);
		return child == null ? Statuses.NONE : child.statuses();
	}

	/** Counted from the enrollments, as under a period filter (the story's enrollments date from August 2026). */
	Statuses filtered(LocalDate day) {
		return counted.count(new RegionCode(DISTRICT), 13, windows.on(day),
				new CoverageFilter(null, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31))).children().get(VILLAGE).statuses();
	}

	@Test
	@DisplayName("domain.md PU contributions: the dashboard counts the PU workers active until their month's 15th of the following month")
	void countsEachSegmentByItsOwnDueDate() throws Exception {
		LocalDate[] days = { NOVEMBER_10, NOVEMBER_15, NOVEMBER_16, DECEMBER_16, FEBRUARY_16 };
		Statuses[] districtBefore = new Statuses[days.length];
		for (int i = 0; i < days.length; i++) {
			districtBefore[i] = district(days[i]);
		}
		PuDueDateStory story = PuDueDateStory.in(VILLAGE, mvc, jdbc);

		// pending, active, arrears, lapsed
		Statuses[] expected = { new Statuses(0, 3, 0, 0), new Statuses(0, 3, 0, 0),
				// 16 November: the PU worker paid through October stays active; the BPU worker and the PU worker
				// paid through September (October due 15 November) are in arrears.
				new Statuses(0, 1, 2, 0), new Statuses(0, 0, 3, 0),
				// 16 February 2027: the PU worker paid through October owes 3 months (arrears), the others lapsed.
				new Statuses(0, 0, 1, 2) };
		for (int i = 0; i < days.length; i++) {
			assertThat(village(days[i])).as("village on %s", days[i]).isEqualTo(expected[i]);
			assertThat(filtered(days[i])).as("filtered on %s", days[i]).isEqualTo(expected[i]);
			Statuses districtAdded = district(days[i]);
			assertThat(new Statuses(districtAdded.pending() - districtBefore[i].pending(),
					districtAdded.active() - districtBefore[i].active(), districtAdded.arrears() - districtBefore[i].arrears(),
					districtAdded.lapsed() - districtBefore[i].lapsed())).as("district on %s", days[i]).isEqualTo(expected[i]);
		}
		assertThat(jdbc.queryForList("""
				select segment || ' ' || paid_through || ' ' || enrollments from village_enrollments
				where village_code = ? and enrollments > 0 order by 1""", String.class, VILLAGE))
			.containsExactly("BPU 2026-10-01 1", "PU 2026-09-01 1", "PU 2026-10-01 1");

		// A correction of the segment moves the open enrollment's count (V57's worker trigger), district included.
		jdbc.update("update worker set segment = 'BPU', employer_size = null, risk_class = null where id = ?",
				story.puThroughSeptember().workerId());
		assertThat(jdbc.queryForList("""
				select segment || ' ' || paid_through || ' ' || enrollments from village_enrollments
				where village_code = ? and enrollments > 0 order by 1""", String.class, VILLAGE))
			.containsExactly("BPU 2026-09-01 1", "BPU 2026-10-01 1", "PU 2026-10-01 1");
		// Now a BPU worker paid through September: in arrears on 10 November already (October was due 15 October).
		assertThat(village(NOVEMBER_10)).isEqualTo(new Statuses(0, 2, 1, 0));
		Statuses districtAfter = district(NOVEMBER_10);
		assertThat(districtAfter.arrears() - districtBefore[0].arrears()).isEqualTo(1);
		assertThat(districtAfter.active() - districtBefore[0].active()).isEqualTo(2);
	}
}
