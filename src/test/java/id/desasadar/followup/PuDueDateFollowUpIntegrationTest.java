package id.desasadar.followup;

import static id.desasadar.PuDueDateStory.DECEMBER_16;
import static id.desasadar.PuDueDateStory.FEBRUARY_16;
import static id.desasadar.PuDueDateStory.NOVEMBER_15;
import static id.desasadar.PuDueDateStory.NOVEMBER_16;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import id.desasadar.IntegrationTest;
import id.desasadar.PuDueDateStory;
import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #17: the follow-up list names a PU worker only once a month is past its due date, the 15th of the following
 * month (domain.md, PU contributions), with the months unpaid counted that way in the list and in its WhatsApp
 * text; the BPU worker beside it by the month itself.
 */
@IntegrationTest
class PuDueDateFollowUpIntegrationTest {

	static final String VILLAGE = "33.25.01.2003";

	static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, List.of(new RegionCode("33")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	CoverageWindows windows;

	@Autowired
	MessageSource messages;

	/** The village's list on {@code day}: "name status months", in the list's order (longest unpaid first). */
	List<String> listed(LocalDate day, FollowUpStatus status) {
		FollowUpList list = new FollowUpList(dataSource, windows, PuDueDateStory.on(day));
		List<String> paged = list.page(new RegionCode(VILLAGE), status, ADMIN, PageRequest.of(0, 50)).stream()
			.map(e -> e.name() + " " + e.status() + " " + e.monthsUnpaid()).toList();
		List<String> streamed = new ArrayList<>();
		list.forEach(new RegionCode(VILLAGE), status, ADMIN, e -> streamed.add(e.name() + " " + e.status() + " " + e.monthsUnpaid()));
		assertThat(streamed).as("the export streams what the page lists").isEqualTo(paged);
		return paged;
	}

	@Test
	@DisplayName("domain.md PU contributions: the PU worker paid through September is listed from 16 November, the one paid through October from 16 December")
	void listsEachSegmentByItsOwnDueDate() throws Exception {
		PuDueDateStory.in(VILLAGE, mvc, jdbc);

		assertThat(listed(NOVEMBER_15, null)).isEmpty();
		assertThat(listed(NOVEMBER_16, null)).containsExactly("PU September Contoh ARREARS 1", "BPU Oktober Contoh ARREARS 1");
		assertThat(listed(DECEMBER_16, null)).containsExactly("PU September Contoh ARREARS 2", "BPU Oktober Contoh ARREARS 2",
				"PU Oktober Contoh ARREARS 1");
		assertThat(listed(FEBRUARY_16, null)).containsExactly("PU September Contoh LAPSED 4", "BPU Oktober Contoh LAPSED 4",
				"PU Oktober Contoh ARREARS 3");
		assertThat(listed(FEBRUARY_16, FollowUpStatus.ARREARS)).containsExactly("PU Oktober Contoh ARREARS 3");
		assertThat(listed(FEBRUARY_16, FollowUpStatus.LAPSED)).containsExactly("PU September Contoh LAPSED 4",
				"BPU Oktober Contoh LAPSED 4");

		// The WhatsApp text names the months unpaid of the worker's segment.
		FollowUpEntry puOctober = new FollowUpList(dataSource, windows, PuDueDateStory.on(DECEMBER_16))
			.page(new RegionCode(VILLAGE), null, ADMIN, PageRequest.of(0, 50)).stream()
			.filter(e -> e.name().equals("PU Oktober Contoh")).findFirst().orElseThrow();
		assertThat(puOctober.status()).isEqualTo(CoverageStatus.ARREARS);
		String text = URLDecoder.decode(new WhatsAppReminder(messages).linkFor(puOctober), StandardCharsets.UTF_8);
		assertThat(text).contains("PU Oktober Contoh", "belum dibayar selama 1 bulan");
	}
}
