package id.desasadar.reminder;

import static id.desasadar.PuDueDateStory.NOVEMBER_10;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import id.desasadar.IntegrationTest;
import id.desasadar.PuDueDateStory;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #17: a reminder before due names the day the month falls due by the worker's segment: a PU worker's month
 * on the 15th of the FOLLOWING month (domain.md, PU contributions), a BPU worker's on the 15th of the month itself.
 */
@IntegrationTest
class PuDueDateReminderIntegrationTest {

	static final String VILLAGE = "33.25.01.2005";

	static final LocalDate DECEMBER_10 = LocalDate.of(2026, 12, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CoverageWindows windows;

	@Autowired
	ReminderText text;

	/** The village's reminders prepared on {@code day}, 14 days ahead: "name month due-on", and their texts. */
	List<DueReminder> remindersOn(LocalDate day) {
		// That day's list made again, with what this test registered (a day's list is prepared once).
		jdbc.update("delete from due_reminder where prepared_on = ?", day);
		jdbc.update("delete from due_reminder_run where prepared_on = ?", day);
		DueReminders reminders = new DueReminders(dataSource, windows, text, PuDueDateStory.on(day), 14);
		return reminders.page(new RegionCode(VILLAGE), null, 14, PageRequest.of(0, 50)).getContent();
	}

	static List<String> named(List<DueReminder> reminders) {
		return reminders.stream().map(r -> r.name() + " " + r.monthDue() + " " + r.dueOn()).toList();
	}

	@Test
	@DisplayName("domain.md PU contributions: a PU worker paid through October is reminded of November due on 15 December, the BPU worker of 15 November")
	void namesEachSegmentsDueDate() throws Exception {
		PuDueDateStory.in(VILLAGE, mvc, jdbc);

		List<DueReminder> november = remindersOn(NOVEMBER_10);
		assertThat(named(november)).containsExactlyInAnyOrder("PU September Contoh 2026-10 2026-11-15",
				"BPU Oktober Contoh 2026-11 2026-11-15");
		List<DueReminder> december = remindersOn(DECEMBER_10);
		assertThat(named(december)).containsExactly("PU Oktober Contoh 2026-11 2026-12-15");
		assertThat(URLDecoder.decode(december.get(0).whatsApp(), StandardCharsets.UTF_8))
			.contains("PU Oktober Contoh", "bulan November 2026", "jatuh tempo pada 15 Desember 2026");
		// The rule itself, for the pages that show a month's due day.
		assertThat(windows.dueOn(id.desasadar.contribution.Segment.PU, java.time.YearMonth.of(2026, 11)))
			.isEqualTo(LocalDate.of(2026, 12, 15));
		assertThat(windows.dueOn(id.desasadar.contribution.Segment.BPU, java.time.YearMonth.of(2026, 11)))
			.isEqualTo(LocalDate.of(2026, 11, 15));
	}
}
