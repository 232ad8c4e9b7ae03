package id.desasadar.village;

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

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #17: a village's figures (its page, its checklist's coverage) count a PU worker's month as due by the 15th
 * of the following month (domain.md, PU contributions), from the counters by segment (V57).
 */
@IntegrationTest
class PuDueDateVillageFiguresIntegrationTest {

	static final String VILLAGE = "33.25.01.2002";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	VillageFigures.Counts on(LocalDate day) {
		return new VillageFigures(jdbc, windows, PuDueDateStory.on(day)).of(VILLAGE);
	}

	@Test
	@DisplayName("domain.md PU contributions: the village figures count the PU worker paid through October active on 16 November, the BPU worker in arrears")
	void countsEachSegmentByItsOwnDueDate() throws Exception {
		PuDueDateStory.in(VILLAGE, mvc, jdbc);

		// active, arrears, lapsed, pending
		assertThat(on(NOVEMBER_10).statuses()).isEqualTo(new StatusBreakdown(3, 0, 0, 0));
		assertThat(on(NOVEMBER_15).statuses()).isEqualTo(new StatusBreakdown(3, 0, 0, 0));
		assertThat(on(NOVEMBER_16).statuses()).isEqualTo(new StatusBreakdown(1, 2, 0, 0));
		assertThat(on(DECEMBER_16).statuses()).isEqualTo(new StatusBreakdown(0, 3, 0, 0));
		assertThat(on(FEBRUARY_16).statuses()).isEqualTo(new StatusBreakdown(0, 1, 2, 0));
		VillageFigures.Counts sixteenth = on(NOVEMBER_16);
		assertThat(sixteenth.workers()).isEqualTo(3);
		assertThat(sixteenth.enrolled()).isEqualTo(3);
		assertThat(sixteenth.active()).isEqualTo(1);
	}
}
