package id.desasadar.reminder;

import static id.desasadar.Api.freshWorkerNik;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.enrollment.CoveragePolicy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #18 item 6: the workers whose next month falls due within the days chosen, per village and officer, each
 * with a WhatsApp text naming the amount and how to pay; the day's list prepared once however many prepare it.
 */
@IntegrationTest
class ReminderIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DueReminders reminders;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	/** The next month to fall due from today on: this month until its 15th, then the next. */
	static YearMonth nextDue() {
		YearMonth current = YearMonth.from(today());
		return today().getDayOfMonth() <= CoveragePolicy.DEFAULT.dueDay() ? current : current.plusMonths(1);
	}

	/** A worker paid through the month before {@link #nextDue}: the worker's next month is the next one due. */
	long paidUpToNextDue(String name) throws Exception {
		long worker = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		String enrollment = mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "%s"}""".formatted(nextDue().minusMonths(1).atDay(1)), worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String refused = mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": 1}""".formatted(today()), idOf(enrollment)))
			.andReturn().getResponse().getContentAsString();
		long expected = ((Number) JsonPath.read(refused, "$.expectedAmount")).longValue();
		mvc.perform(post("staff", "/api/v1/enrollments/{id}/payments", """
				{"paidOn": "%s", "months": 1, "amount": %d}""".formatted(today(), expected), idOf(enrollment)))
			.andExpect(status().isCreated());
		return worker;
	}

	/** Today's list made again, with what the test registered (the list is prepared once a day). */
	void prepareAgain() {
		jdbc.update("delete from due_reminder where prepared_on = ?", today());
		jdbc.update("delete from due_reminder_run where prepared_on = ?", today());
	}

	@Test
	void listsWhoFallsDueWithinTheDaysWithTheAmountAndHowToPay() throws Exception {
		long worker = paidUpToNextDue("Ingat Sebelum Contoh");
		long dueLater = paidUpToNextDue("Ingat Nanti Contoh");
		prepareAgain();
		LocalDate dueOn = nextDue().atDay(CoveragePolicy.DEFAULT.dueDay());
		int ahead = (int) Math.max(1, ChronoUnit.DAYS.between(today(), dueOn));
		String json = mvc.perform(Api.get("staff", "/api/v1/reminders?regionCode=33.26.12.2008&days={d}&size=200", ahead))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Object> mine = JsonPath.read(json, "$.content[?(@.workerId == " + worker + ")]");
		assertThat(mine).as(json).hasSize(1);
		assertThat((String) JsonPath.read(json, "$.content[?(@.workerId == " + worker + ")].dueOn").toString()).contains(dueOn.toString());
		long amount = ((Number) ((List<?>) JsonPath.read(json, "$.content[?(@.workerId == " + worker + ")].amount")).get(0)).longValue();
		assertThat(amount).isPositive();
		String link = (String) ((List<?>) JsonPath.read(json, "$.content[?(@.workerId == " + worker + ")].whatsApp")).get(0);
		String text = URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8);
		assertThat(link).startsWith("https://wa.me/62812");
		assertThat(text).contains("Ingat Sebelum Contoh", "Rp" + String.format(java.util.Locale.forLanguageTag("id"), "%,d", amount),
				"NIK Anda sebagai kode bayar", "agen Perisai");
		assertThat((String) ((List<?>) JsonPath.read(json, "$.content[?(@.workerId == " + worker + ")].nik")).get(0))
			.contains("********");
		assertThat(dueLater).isPositive();

		// per officer: the staff who enrolled the worker, not another
		String others = mvc.perform(Api.get("staff", "/api/v1/reminders?regionCode=33.26.12.2008&days={d}&officer=admin&size=200", ahead))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<Object>) JsonPath.read(others, "$.content[?(@.workerId == " + worker + ")]")).isEmpty();
		String staff = mvc.perform(Api.get("staff", "/api/v1/reminders?regionCode=33.26.12.2008&days={d}&officer=staff&size=200", ahead))
			.andReturn().getResponse().getContentAsString();
		assertThat((List<Object>) JsonPath.read(staff, "$.content[?(@.workerId == " + worker + ")]")).hasSize(1);

		// fewer days than it takes to fall due: not yet
		if (ChronoUnit.DAYS.between(today(), dueOn) >= 2) {
			String sooner = mvc.perform(Api.get("staff", "/api/v1/reminders?regionCode=33.26.12.2008&days={d}&size=200", ahead - 1))
				.andReturn().getResponse().getContentAsString();
			assertThat((List<Object>) JsonPath.read(sooner, "$.content[?(@.workerId == " + worker + ")]")).isEmpty();
		}

		// the page shows the same, with its WhatsApp button
		String page = mvc.perform(new Pages(accounts).get("staff", "/reminders?region=33.26.12.2008&days={d}", ahead)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"reminder-" + worker + "\"", "https://wa.me/62812");
	}

	@Test
	void aWorkerInArrearsIsNotRemindedBeforeDueAndBadDaysNameTheField() throws Exception {
		long late = idOf(mvc.perform(post("staff", "/api/v1/workers", workerJson(freshWorkerNik(), "Ingat Tunggak")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(post("staff", "/api/v1/workers/{id}/enrollments", """
				{"programs": ["JKK", "JKM"], "enrolledOn": "%s"}""".formatted(YearMonth.from(today()).minusMonths(2).atDay(1)), late))
			.andExpect(status().isCreated());
		prepareAgain();
		String json = mvc.perform(Api.get("staff", "/api/v1/reminders?regionCode=33.26.12.2008&days=45&size=200"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat((List<Object>) JsonPath.read(json, "$.content[?(@.workerId == " + late + ")]")).isEmpty();
		mvc.perform(Api.get("staff", "/api/v1/reminders?days=0")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
		mvc.perform(Api.get("staff", "/api/v1/reminders?days=soon")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
		mvc.perform(Api.get("kades.kedungjaran", "/api/v1/reminders?regionCode=33.26.12.2008")).andExpect(status().isNotFound());
	}

	@Test
	void theDaysListIsPreparedOnceHoweverManyPrepareIt() throws Exception {
		paidUpToNextDue("Ingat Sekali");
		prepareAgain();
		List<CompletableFuture<Integer>> runs = List.of(CompletableFuture.supplyAsync(reminders::prepare),
				CompletableFuture.supplyAsync(reminders::prepare), CompletableFuture.supplyAsync(reminders::prepare));
		List<Integer> sizes = runs.stream().map(CompletableFuture::join).toList();
		assertThat(sizes).allMatch(size -> size.equals(sizes.get(0)));
		assertThat(jdbc.queryForObject("select count(*) from due_reminder_run where prepared_on = ?", Integer.class, today())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from due_reminder where prepared_on = ?", Integer.class, today()))
			.isEqualTo(sizes.get(0));
	}
}
