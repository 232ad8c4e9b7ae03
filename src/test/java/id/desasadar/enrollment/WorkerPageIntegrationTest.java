package id.desasadar.enrollment;

import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

@IntegrationTest
class WorkerPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnrollmentDesk desk;

	@Autowired
	Enrollments enrollments;

	@Autowired
	id.desasadar.worker.Workers workers;

	Pages pages() {
		return new Pages(accounts);
	}

	long worker(String nik, String name) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, name)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long enroll(long worker, String enrolledOn) throws Exception {
		return idOf(mvc.perform(Api.post("staff", "/api/v1/workers/{id}/enrollments",
				"{\"programs\": [\"JKK\", \"JKM\"], \"enrolledOn\": \"" + enrolledOn + "\"}", worker))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	long paymentsOf(long enrollment) {
		return jdbc.queryForObject("select count(*) from payment where enrollment_id = ?", Long.class, enrollment);
	}

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
	}

	@Test
	void showsTheFullNikToStaffAndAMaskedNikToTheVillageHead() throws Exception {
		String nik = freshWorkerNik();
		long id = worker(nik, "Masker Contoh");
		mvc.perform(pages().get("staff", "/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(nik)));
		mvc.perform(pages().get("kades.wonopringgo", "/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masker Contoh")))
			.andExpect(content().string(not(containsString(nik))))
			.andExpect(content().string(containsString(nik.substring(0, 4) + "************")))
			// nor may a village head record payments
			.andExpect(content().string(not(containsString("id=\"payment-form\""))));
	}

	@Test
	void answersAWorkerOutOfScopeWithTheNotFoundPage() throws Exception {
		long id = worker(freshWorkerNik(), "Luar Wilayah Contoh");
		mvc.perform(pages().get("kades.kedungjaran", "/workers/{id}", id))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Halaman tidak ditemukan")))
			.andExpect(content().string(not(containsString("Luar Wilayah Contoh"))));
	}

	@Test
	void recordsAPaymentPrefilledWithTheAmountDue() throws Exception {
		long id = worker(freshWorkerNik(), "Bayar Halaman Contoh");
		long enrollment = enroll(id, today());
		long due = desk.amountDue(enrollments.findById(enrollment).orElseThrow(), workers.findById(id).orElseThrow(), 1);
		mvc.perform(pages().get("staff", "/workers/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum bayar")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"amount\"[^>]*value=\"" + due + "\".*")));
		MvcResult result = mvc.perform(pages().post("staff", "/workers/{id}/payments", id)
				.param("enrollmentId", String.valueOf(enrollment)).param("paidOn", today())
				.param("months", "1").param("amount", String.valueOf(due)))
			.andExpect(redirectedUrl("/workers/" + id))
			.andReturn();
		assertThat(paymentsOf(enrollment)).isOne();
		// the flash attributes as the page after the redirect reads them (MockMvc's flashAttrs go to a container
		// session, which Spring Session replaces by its own in PostgreSQL)
		mvc.perform(pages().get("staff", "/workers/{id}", id).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, result.getFlashMap()))
			.andExpect(content().string(containsString("id=\"payment-recorded\"")))
			.andExpect(content().string(containsString("Aktif")));
	}

	@Test
	void prefillsTheAmountForTheMonthsChosen() throws Exception {
		long id = worker(freshWorkerNik(), "Tiga Bulan Contoh");
		long enrollment = enroll(id, today());
		long due = desk.amountDue(enrollments.findById(enrollment).orElseThrow(), workers.findById(id).orElseThrow(), 3);
		mvc.perform(pages().get("staff", "/workers/{id}/amount-due", id).param("enrollmentId", String.valueOf(enrollment))
				.param("months", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"amount\"[^>]*value=\"" + due + "\".*")));
	}

	@Test
	void explainsAnAmountThatDoesNotMatchAndRecordsNothing() throws Exception {
		long id = worker(freshWorkerNik(), "Salah Jumlah Contoh");
		long enrollment = enroll(id, today());
		mvc.perform(pages().post("staff", "/workers/{id}/payments", id)
				.param("enrollmentId", String.valueOf(enrollment)).param("paidOn", today())
				.param("months", "1").param("amount", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"payment-problem\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"amount-error\"[^>]*>Jumlah tidak sesuai.*")))
			.andExpect(content().string(containsString("value=\"1\"")));
		assertThat(paymentsOf(enrollment)).isZero();
	}

	@Test
	void resumesAParticipationLapsedLongAgoFromThisMonth() throws Exception {
		// domain.md, Lapse and return: never a dead end; the form is prefilled with this month's contribution.
		long id = worker(freshWorkerNik(), "Lama Menunggak Contoh");
		long enrollment = enroll(id, "2019-08-21");
		String page = mvc.perform(pages().get("staff", "/workers/{id}", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher amount = java.util.regex.Pattern.compile("id=\"amount\" name=\"amount\"[^>]*value=\"(\\d+)\"")
			.matcher(page);
		assertThat(amount.find()).as("the amount prefilled").isTrue();
		mvc.perform(pages().post("staff", "/workers/{id}/payments", id)
				.param("enrollmentId", String.valueOf(enrollment)).param("paidOn", today())
				.param("months", "1").param("amount", amount.group(1)))
			.andExpect(status().is3xxRedirection());
		assertThat(paymentsOf(enrollment)).isOne();
		assertThat(jdbc.queryForObject("select first_month from payment where enrollment_id = ?", LocalDate.class, enrollment))
			.isEqualTo(LocalDate.parse(today()).withDayOfMonth(1));
	}

	@Test
	void showsBadPaymentFieldsBesideThem() throws Exception {
		long id = worker(freshWorkerNik(), "Tanggal Salah Contoh");
		long enrollment = enroll(id, today());
		mvc.perform(pages().post("staff", "/workers/{id}/payments", id)
				.param("enrollmentId", String.valueOf(enrollment)).param("paidOn", "2999-01-01")
				.param("months", "1").param("amount", "Rp 16.800"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"paidOn-error\"[^>]*>Tanggal bayar tidak boleh di masa depan\\..*")));
		assertThat(paymentsOf(enrollment)).isZero();
	}

	@Test
	void keepsPaymentsFromTheVillageHead() throws Exception {
		long id = worker(freshWorkerNik(), "Kades Bayar Contoh");
		long enrollment = enroll(id, today());
		mvc.perform(pages().post("kades.wonopringgo", "/workers/{id}/payments", id)
				.param("enrollmentId", String.valueOf(enrollment)).param("paidOn", today())
				.param("months", "1").param("amount", "8400"))
			.andExpect(status().isForbidden());
		assertThat(paymentsOf(enrollment)).isZero();
	}
}
