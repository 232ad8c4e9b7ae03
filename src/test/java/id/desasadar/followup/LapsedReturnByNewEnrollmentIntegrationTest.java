package id.desasadar.followup;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import id.desasadar.IntegrationTest;
import id.desasadar.account.Role;
import id.desasadar.account.Viewer;
import id.desasadar.contribution.Segment;
import id.desasadar.enrollment.CoverageStatus;
import id.desasadar.enrollment.CoverageWindows;
import id.desasadar.region.RegionCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * domain.md, Lapse and return: "a setting can require a new enrollment instead, which then ends the lapsed one"
 * (DESA_SADAR_COVERAGE_LAPSED_RETURN=NEW_ENROLLMENT), against PostgreSQL: the lapsed worker's payment is refused, the
 * follow-up list names the worker with the text that says to register again, and a new enrollment ends the lapsed
 * one; the statuses, the counters and the list follow. A village of the test's own, outside the demo regency.
 */
@IntegrationTest
@TestPropertySource(properties = "desa-sadar.coverage.lapsed-return=NEW_ENROLLMENT")
class LapsedReturnByNewEnrollmentIntegrationTest {

	static final String VILLAGE = "33.25.01.2006";

	static final Viewer ADMIN = new Viewer("admin", Role.ADMIN, List.of(new RegionCode("33")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CoverageWindows windows;

	@Autowired
	FollowUpList list;

	@Autowired
	WhatsAppReminder whatsApp;

	List<FollowUpEntry> listed() {
		return list.page(new RegionCode(VILLAGE), null, ADMIN, PageRequest.of(0, 50)).getContent();
	}

	List<String> counters() {
		return jdbc.queryForList("""
				select segment || ' ' || coalesce(paid_through::text, '-') || ' ' || enrollments from village_enrollments
				where village_code = ? and enrollments > 0 order by 1""", String.class, VILLAGE);
	}

	@Test
	@DisplayName("domain.md Lapse and return: under NEW_ENROLLMENT a lapsed worker comes back through a new enrollment that ends the lapsed one")
	void aNewEnrollmentEndsTheLapsedOne() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		// Five months unpaid after the month paid through: more than the 3 that can be settled.
		YearMonth paidThrough = windows.of(Segment.BPU).lastMonthDue(today).minusMonths(5);
		String nik = freshNik(VILLAGE.substring(0, 8), LocalDate.of(1979, 2, 3), false);
		long worker = idOf(mvc.perform(post("admin", "/api/v1/workers",
				workerJson(nik, "Kembali Daftar Contoh", VILLAGE, "RESIDENT", LocalDate.of(1979, 2, 3))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		long lapsed = idOf(mvc.perform(post("admin", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		jdbc.update("update enrollment set enrolled_on = ?, paid_through = ? where id = ?",
				paidThrough.minusMonths(2).atDay(1), paidThrough.atDay(1), lapsed);

		mvc.perform(get("admin", "/api/v1/enrollments/{id}", lapsed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LAPSED"));
		assertThat(counters()).containsExactly("BPU " + paidThrough.atDay(1) + " 1");
		mvc.perform(post("admin", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": 16800}""".formatted(today), lapsed))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("participation-lapsed"));
		List<FollowUpEntry> before = listed();
		assertThat(before).extracting(FollowUpEntry::workerId, FollowUpEntry::status, FollowUpEntry::monthsUnpaid)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(worker, CoverageStatus.LAPSED, 5));
		assertThat(URLDecoder.decode(whatsApp.linkFor(before.get(0)), StandardCharsets.UTF_8))
			.contains("Kembali Daftar Contoh", "belum dibayar selama 5 bulan", "mendaftar kembali");

		long renewed = idOf(mvc.perform(post("admin", "/api/v1/workers/{id}/enrollments", "{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		assertThat(renewed).isNotEqualTo(lapsed);
		mvc.perform(get("admin", "/api/v1/enrollments/{id}", lapsed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endReason").value("LAPSED"));
		mvc.perform(get("admin", "/api/v1/enrollments/{id}", renewed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"));
		// The counters hold the new enrollment only (nothing paid yet), and the list no longer names the worker.
		assertThat(counters()).containsExactly("BPU - 1");
		assertThat(listed()).isEmpty();
		mvc.perform(get("admin", "/api/v1/villages/{code}", VILLAGE)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stats.workers").value(1))
			.andExpect(jsonPath("$.stats.enrolled").value(1))
			.andExpect(jsonPath("$.stats.active").value(0));
	}
}
