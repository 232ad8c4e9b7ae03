package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.get;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.post;
import static id.desasadar.Api.statusesAtOnce;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.contribution.Program;
import id.desasadar.enrollment.EnrollmentFigures.EventFigures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * The event tally of V15__event_tally.sql (an event's enrollments, their programs, their contributions and their
 * days), kept by triggers, equals a direct count over the event's enrollments after every kind of change: a
 * registration at a booth, an enrollment through the API, its end, a move to another event or date, a corrected
 * contribution, a change of programs, an anonymisation, a deletion and a recount. The direct count is what
 * EnrollmentFigures ran before the counters: every enrollment whose event is the event, open or ended.
 */
@IntegrationTest
class EventTallyIntegrationTest {

	static final String VILLAGE = "33.26.12.2008";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	EnrollmentFigures figures;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * A festival in Desa Wonopringgo on 21 August 2019, in a campaign of Kecamatan Wonopringgo that starts before
	 * the demo's 2019 campaign, so the campaign list (newest first) keeps showing the demo's on its first page.
	 */
	long festival(String name) throws Exception {
		long campaign = idOf(mvc.perform(post("manager", "/api/v1/campaigns", """
				{"name": "Kampanye %s", "regionCode": "33.26.12", "startsOn": "2019-07-01", "endsOn": "2019-09-30",
				 "targetEnrollments": 150}""".formatted(name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		return idOf(mvc.perform(post("staff", "/api/v1/events", """
				{"campaignId": %d, "villageCode": "%s", "name": "%s", "kind": "FESTIVAL",
				 "date": "2019-08-21", "location": "Lapangan desa"}""".formatted(campaign, VILLAGE, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	/** Registers a worker at the event's booth page, as an officer at the festival does; answers the worker. */
	long registerAtBooth(long event, String name) throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(RegistrationParams.of(nik, name).without("address").without("segment").without("villageRole")
			.to(new Pages(accounts).post("staff", "/events/{id}/booth", event)))
			.andExpect(redirectedUrl("/events/" + event + "/booth"));
		return jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
	}

	long enrollment(long worker) {
		return jdbc.queryForObject("select id from enrollment where worker_id = ?", Long.class, worker);
	}

	long register(String name) throws Exception {
		return idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	RequestBuilder enrollAt(long event, long worker) {
		return post("staff", "/api/v1/workers/{id}/enrollments",
				"{\"programs\": [\"JKK\", \"JKM\", \"JHT\"], \"eventId\": " + event + "}", worker);
	}

	/** The event's figures as EnrollmentFigures counted them before V15, straight over the enrollments. */
	EventFigures directly(long event) {
		Map<Program, Long> byProgram = new EnumMap<>(Program.class);
		jdbc.query("""
				select p.program, count(*) from enrollment e join enrollment_program p on p.enrollment_id = e.id
				where e.event_id = ? group by p.program""",
				rs -> {
					byProgram.put(Program.valueOf(rs.getString(1)), rs.getLong(2));
				}, event);
		return jdbc.queryForObject("select count(*), coalesce(sum(monthly_contribution), 0) from enrollment where event_id = ?",
				(rs, n) -> new EventFigures(rs.getLong(1), byProgram, rs.getLong(2)), event);
	}

	long directlyOn(long event, LocalDate day) {
		return jdbc.queryForObject("select count(*) from enrollment where event_id = ? and enrolled_on = ?", Long.class,
				event, day);
	}

	/**
	 * The figures read from the counters (the event's, its days', its campaign's) equal the direct count for these
	 * events, and so do all counter rows.
	 */
	void assertTallies(long... events) {
		for (long event : events) {
			assertThat(figures.ofEvent(event)).isEqualTo(directly(event));
			long campaign = jdbc.queryForObject("select campaign_id from event where id = ?", Long.class, event);
			assertThat(figures.countOfCampaign(campaign)).isEqualTo(jdbc.queryForObject("""
					select count(*) from enrollment e join event ev on ev.id = e.event_id where ev.campaign_id = ?""",
					Long.class, campaign));
			for (LocalDate day : jdbc.queryForList("""
					select enrolled_on from enrollment where event_id = ?
					union select enrolled_on from event_days where event_id = ?""", LocalDate.class, event, event)) {
				assertThat(figures.countOfEventOn(event, day)).as("event %d on %s", event, day)
					.isEqualTo(directlyOn(event, day));
			}
		}
		assertWholeDatabaseMatches();
	}

	void assertWholeDatabaseMatches() {
		assertThat(rows("""
				select event_id || ' ' || monthly_contribution, enrollments from event_enrollments
				where enrollments <> 0 or monthly_contribution <> 0"""))
			.isEqualTo(rows("""
					select event_id || ' ' || sum(monthly_contribution), count(*) from enrollment
					where event_id is not null group by event_id"""));
		assertThat(rows("select event_id || ' ' || enrolled_on, enrollments from event_days where enrollments <> 0"))
			.isEqualTo(rows("""
					select event_id || ' ' || enrolled_on, count(*) from enrollment where event_id is not null
					group by event_id, enrolled_on"""));
		assertThat(rows("select event_id || ' ' || program, enrollments from event_programs where enrollments <> 0"))
			.isEqualTo(rows("""
					select e.event_id || ' ' || p.program, count(*) from enrollment e
					join enrollment_program p on p.enrollment_id = e.id where e.event_id is not null
					group by e.event_id, p.program"""));
	}

	Map<String, Long> rows(String sql) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.query(sql, rs -> {
			rows.put(rs.getString(1), rs.getLong(2));
		});
		return rows;
	}

	@Test
	void anEventWithoutEnrollmentsHasZeros() throws Exception {
		long event = festival("Festival Hitungan Kosong Contoh");
		assertThat(figures.ofEvent(event)).isEqualTo(new EventFigures(0, Map.of(), 0L));
		assertThat(figures.countOfEventOn(event, LocalDate.of(2019, 8, 21))).isZero();
	}

	@Test
	void theTallyEqualsADirectCountAfterEveryKindOfChange() throws Exception {
		long event = festival("Festival Hitungan Contoh");
		long other = festival("Festival Hitungan Lain Contoh");

		long first = registerAtBooth(event, "Pedagang Hitungan Satu");
		long second = registerAtBooth(event, "Pedagang Hitungan Dua");
		assertTallies(event, other);
		EventFigures afterBooth = figures.ofEvent(event);
		assertThat(afterBooth.enrollments()).isEqualTo(2);
		assertThat(afterBooth.monthlyContribution()).isPositive();
		assertThat(afterBooth.byProgram()).isNotEmpty();

		long third = register("Pedagang Hitungan Tiga");
		mvc.perform(enrollAt(event, third)).andExpect(status().isCreated());
		assertTallies(event, other);
		assertThat(figures.ofEvent(event).byProgram().get(Program.JKK)).isEqualTo(afterBooth.byProgram().get(Program.JKK) + 1);

		// The event API shows the same tally.
		String json = mvc.perform(get("staff", "/api/v1/events/{id}", event)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		EventFigures tally = figures.ofEvent(event);
		assertThat(((Number) JsonPath.read(json, "$.stats.enrollments")).longValue()).isEqualTo(3);
		assertThat(((Number) JsonPath.read(json, "$.stats.monthlyContribution")).longValue())
			.isEqualTo(tally.monthlyContribution());
		assertThat(((Number) JsonPath.read(json, "$.stats.byProgram.JHT")).longValue())
			.isEqualTo(tally.byProgram().get(Program.JHT));

		// No API ends, moves or corrects an enrollment: updates straight in the database are followed all the same.
		// An ended enrollment still counts at its event.
		jdbc.update("update enrollment set ended_on = enrolled_on where id = ?", enrollment(first));
		assertTallies(event, other);
		assertThat(figures.ofEvent(event).enrollments()).isEqualTo(3);

		jdbc.update("update enrollment set event_id = ? where id = ?", other, enrollment(first));
		assertTallies(event, other);
		assertThat(figures.ofEvent(other).enrollments()).isEqualTo(1);

		jdbc.update("update enrollment set enrolled_on = enrolled_on - 1 where id = ?", enrollment(second));
		assertTallies(event, other);

		jdbc.update("update enrollment set monthly_contribution = monthly_contribution + 1000 where id = ?",
				enrollment(third));
		assertTallies(event, other);

		// All at once: another event, date and contribution.
		jdbc.update("""
				update enrollment set event_id = ?, enrolled_on = enrolled_on - 2, monthly_contribution = 0
				where id = ?""", other, enrollment(third));
		assertTallies(event, other);

		// Out of an event and back.
		jdbc.update("update enrollment set event_id = null where id = ?", enrollment(second));
		assertTallies(event, other);
		jdbc.update("update enrollment set event_id = ? where id = ?", event, enrollment(second));
		assertTallies(event, other);

		// Programs added, changed and removed, of an open and of an ended enrollment.
		jdbc.update("insert into enrollment_program (enrollment_id, program) values (?, 'JP')", enrollment(third));
		jdbc.update("update enrollment_program set program = 'JP' where enrollment_id = ? and program = 'JKM'",
				enrollment(second));
		assertTallies(event, other);
		jdbc.update("delete from enrollment_program where enrollment_id = ? and program = 'JKK'", enrollment(first));
		assertTallies(event, other);

		// An anonymised worker's enrollments keep counting.
		long version = jdbc.queryForObject("select version from worker where id = ?", Long.class, third);
		mvc.perform(post("admin", "/api/v1/workers/{id}/anonymisation", "{\"version\": " + version + "}", third))
			.andExpect(status().isOk());
		assertTallies(event, other);

		// Deleted, with its programs (the cascade), open and ended.
		jdbc.update("delete from enrollment where id = ?", enrollment(second));
		jdbc.update("delete from enrollment where id = ?", enrollment(first));
		assertTallies(event, other);
		assertThat(figures.ofEvent(other).enrollments()).isEqualTo(1);
	}

	/** The reads of a booth page find their rows by index (sequential scans off: the tables are small here). */
	@Test
	void theTallyIsReadByPrimaryKeys() {
		List<String> reads = List.of("""
				explain select t.enrollments, t.monthly_contribution, p.program, p.enrollments
				from event_enrollments t left join event_programs p on p.event_id = t.event_id and p.enrollments > 0
				where t.event_id = 1""",
				"explain select enrollments from event_days where event_id = 1 and enrolled_on = date '2019-08-21'",
				"""
				explain select coalesce(sum(c.enrollments), 0) from event ev join event_enrollments c on c.event_id = ev.id
				where ev.campaign_id = 1""");
		for (String read : reads) {
			String plan = new TransactionTemplate(transactions).execute(status -> {
				jdbc.execute("set local enable_seqscan = off");
				return String.join("\n", jdbc.queryForList(read, String.class));
			});
			assertThat(plan).as(read).contains("Index").doesNotContain("Seq Scan");
		}
	}

	@Test
	void concurrentRegistrationsAtOneEventAddUpExactly() throws Exception {
		long event = festival("Festival Hitungan Serentak Contoh");
		List<RequestBuilder> enrollments = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			enrollments.add(enrollAt(event, register("Serentak Hitungan " + (char) ('A' + i) + " Contoh")));
		}
		assertThat(statusesAtOnce(mvc, enrollments)).containsOnly(201);
		assertThat(figures.ofEvent(event).enrollments()).isEqualTo(8);
		assertThat(figures.ofEvent(event).byProgram()).containsEntry(Program.JHT, 8L);
		assertTallies(event);
	}

	@Test
	void recountingFromTheRowsAgreesWithWhatTheTriggersKept() throws Exception {
		long event = festival("Festival Hitungan Ulang Contoh");
		registerAtBooth(event, "Pedagang Hitungan Ulang");
		String totals = "select event_id || ' ' || monthly_contribution, enrollments from event_enrollments where enrollments <> 0";
		String days = "select event_id || ' ' || enrolled_on, enrollments from event_days where enrollments <> 0";
		String programs = "select event_id || ' ' || program, enrollments from event_programs where enrollments <> 0";
		Map<String, Long> keptTotals = rows(totals);
		Map<String, Long> keptDays = rows(days);
		Map<String, Long> keptPrograms = rows(programs);
		assertThat(keptPrograms).isNotEmpty();
		jdbc.execute("select recount_coverage_aggregates()");
		assertThat(rows(totals)).isEqualTo(keptTotals);
		assertThat(rows(days)).isEqualTo(keptDays);
		assertThat(rows(programs)).isEqualTo(keptPrograms);
		assertTallies(event);

		// A counter gone wrong (say, triggers disabled for a bulk load) is repaired by the recount.
		jdbc.update("update event_days set enrollments = enrollments + 5 where event_id = ?", event);
		jdbc.update("update event_programs set enrollments = enrollments + 5 where event_id = ?", event);
		jdbc.update("update event_enrollments set monthly_contribution = monthly_contribution + 5 where event_id = ?", event);
		assertThat(figures.ofEvent(event)).isNotEqualTo(directly(event));
		jdbc.execute("select recount_coverage_aggregates()");
		assertTallies(event);
	}
}
