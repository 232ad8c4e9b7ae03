package id.desasadar;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.workerJson;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * domain.md, PU contributions: "PU contributions are due by the 15th of the following month ...: a PU worker is
 * not in arrears on the 16th of the month itself"; Payments and coverage status: "BPU pay monthly by the 15th of
 * the month itself", and more than 3 unpaid months lapse. Three workers of one village of the test's own (outside
 * the demo regency 33.26, registered by the admin, whose scope is province 33), side by side:
 * <ul>
 * <li>a PU worker paid through September 2026: October falls due on 15 November, so ACTIVE on 10 and 15 November,
 * in ARREARS on 16 November;</li>
 * <li>a PU worker paid through October 2026: ACTIVE on 16 November, where the BPU worker is in arrears; in ARREARS
 * on 16 December (November due on 15 December); still ARREARS (3 months) on 16 February 2027;</li>
 * <li>a BPU worker paid through October 2026: ACTIVE up to 15 November, ARREARS on 16 November, LAPSED on 16
 * February 2027 (November to February unpaid).</li>
 * </ul>
 * The months paid through are written straight into the enrollment (the triggers keep the counters), so that the
 * story holds whatever day the tests run on; the components under test get a clock fixed on each day.
 */
public record PuDueDateStory(String village, Enrolled puThroughSeptember, Enrolled puThroughOctober,
		Enrolled bpuThroughOctober) {

	public record Enrolled(long workerId, long enrollmentId, String name) {
	}

	public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	public static final LocalDate NOVEMBER_10 = LocalDate.of(2026, 11, 10);
	public static final LocalDate NOVEMBER_15 = LocalDate.of(2026, 11, 15);
	public static final LocalDate NOVEMBER_16 = LocalDate.of(2026, 11, 16);
	public static final LocalDate DECEMBER_16 = LocalDate.of(2026, 12, 16);
	public static final LocalDate FEBRUARY_16 = LocalDate.of(2027, 2, 16);

	/** A clock at noon of {@code day} in Jakarta, the application's zone. */
	public static Clock on(LocalDate day) {
		return Clock.fixed(day.atTime(LocalTime.NOON).atZone(JAKARTA).toInstant(), JAKARTA);
	}

	/** Registers the three workers in {@code village} (a village of 33 outside 33.26 that no other test uses). */
	public static PuDueDateStory in(String village, MockMvc mvc, JdbcTemplate jdbc) throws Exception {
		return new PuDueDateStory(village,
				enrolled(mvc, jdbc, village, "PU September Contoh", true, YearMonth.of(2026, 9)),
				enrolled(mvc, jdbc, village, "PU Oktober Contoh", true, YearMonth.of(2026, 10)),
				enrolled(mvc, jdbc, village, "BPU Oktober Contoh", false, YearMonth.of(2026, 10)));
	}

	private static Enrolled enrolled(MockMvc mvc, JdbcTemplate jdbc, String village, String name, boolean pu,
			YearMonth paidThrough) throws Exception {
		String nik = freshNik(village.substring(0, 8), LocalDate.of(1988, 6, 20), false);
		String json = workerJson(nik, name, village, "RESIDENT", LocalDate.of(1988, 6, 20));
		if (pu) {
			json = json.replace("\"segment\": \"BPU\"", "\"segment\": \"PU\", \"employerSize\": \"MICRO\", \"riskClass\": 1")
				.replace("1000000", "3000000");
		}
		long worker = idOf(mvc.perform(post("admin", "/api/v1/workers", json)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		long enrollment = idOf(mvc.perform(post("admin", "/api/v1/workers/{id}/enrollments",
				"{\"programs\": [\"JKK\", \"JKM\"]}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		jdbc.update("update enrollment set enrolled_on = date '2026-08-01', paid_through = ? where id = ?",
				paidThrough.atDay(1), enrollment);
		return new Enrolled(worker, enrollment, name);
	}
}
