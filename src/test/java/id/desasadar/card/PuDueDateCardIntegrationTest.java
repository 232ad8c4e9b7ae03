package id.desasadar.card;

import static id.desasadar.PuDueDateStory.DECEMBER_16;
import static id.desasadar.PuDueDateStory.NOVEMBER_15;
import static id.desasadar.PuDueDateStory.NOVEMBER_16;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import id.desasadar.IntegrationTest;
import id.desasadar.PuDueDateStory;
import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.enrollment.Enrollments;
import id.desasadar.region.RegionCode;
import id.desasadar.worker.Workers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #17: the participant card and its public check show a PU worker's status by the due date of the 15th of
 * the following month (domain.md, PU contributions); the BPU worker beside it by the month itself.
 */
@IntegrationTest
class PuDueDateCardIntegrationTest {

	static final String VILLAGE = "33.25.01.2004";

	static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, List.of(new RegionCode("33")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Workers workers;

	@Autowired
	Enrollments enrollments;

	@Autowired
	CoverageWindows windows;

	@Autowired
	CardCodes codes;

	@Autowired
	TransactionTemplate transaction;

	CoverageStatus card(PuDueDateStory.Enrolled worker, LocalDate day) {
		// As the card's own transaction would (the programs load lazily).
		return transaction.execute(status -> cardIn(worker, day));
	}

	CoverageStatus cardIn(PuDueDateStory.Enrolled worker, LocalDate day) {
		ParticipantCards cards = new ParticipantCards(workers, enrollments, windows, codes, PuDueDateStory.on(day));
		ParticipantCard card = cards.cardOf(worker.workerId(), ADMIN, "http://localhost");
		String code = card.checkAddress().substring(card.checkAddress().lastIndexOf('/') + 1);
		assertThat(cards.check(code).orElseThrow().status()).as("the public check says what the card says")
			.isEqualTo(card.status());
		return card.status();
	}

	@Test
	@DisplayName("domain.md PU contributions: the card of a PU worker paid through October says active on 16 November, the BPU worker's in arrears")
	void showsEachSegmentsStatusByItsOwnDueDate() throws Exception {
		PuDueDateStory story = PuDueDateStory.in(VILLAGE, mvc, jdbc);

		assertThat(card(story.puThroughSeptember(), NOVEMBER_15)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(card(story.puThroughSeptember(), NOVEMBER_16)).isEqualTo(CoverageStatus.ARREARS);
		assertThat(card(story.puThroughOctober(), NOVEMBER_16)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(card(story.bpuThroughOctober(), NOVEMBER_15)).isEqualTo(CoverageStatus.ACTIVE);
		assertThat(card(story.bpuThroughOctober(), NOVEMBER_16)).isEqualTo(CoverageStatus.ARREARS);
		assertThat(card(story.puThroughOctober(), DECEMBER_16)).isEqualTo(CoverageStatus.ARREARS);
	}
}
