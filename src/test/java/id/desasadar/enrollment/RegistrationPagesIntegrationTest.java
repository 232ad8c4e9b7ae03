package id.desasadar.enrollment;

import static id.desasadar.Api.freshNik;
import static id.desasadar.Api.freshWorkerNik;
import static id.desasadar.Api.idOf;
import static id.desasadar.Api.workerJson;
import static id.desasadar.enrollment.RegistrationParams.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;

import id.desasadar.Api;
import id.desasadar.IntegrationTest;
import id.desasadar.Pages;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;
import id.desasadar.worker.Nik;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

@IntegrationTest
class RegistrationPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContributionQuoter quoter;

	Pages pages() {
		return new Pages(accounts);
	}

	long workersWithNik(String nik) {
		return jdbc.queryForObject("select count(*) from worker where nik = ?", Long.class, nik);
	}

	static String rupiah(long amount) {
		return "Rp" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
	}

	@Test
	void offersTheFormWithTheCoreProgramsChosenAndConsentNotGiven() throws Exception {
		mvc.perform(pages().get("staff", "/workers/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"worker-form\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-JKK\"[^>]*checked.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-JKM\"[^>]*checked.*")))
			.andExpect(content().string(not(matchesPattern("(?s).*id=\"programs-JHT\"[^>]*checked.*"))))
			.andExpect(content().string(not(containsString("id=\"programs-JP\""))))
			.andExpect(content().string(not(matchesPattern("(?s).*id=\"consent\"[^>]*checked.*"))))
			.andExpect(content().string(containsString("pengolahan") /* the consent text */ ))
			// each field once: a fragment included by name must not drag in other elements
			.andExpect(content().string(not(matchesPattern("(?s).*id=\"payer\".*id=\"payer\".*"))));
	}

	@Test
	void registersAndEnrollsInOneStepThenShowsTheWorkerPage() throws Exception {
		String nik = freshWorkerNik();
		MvcResult result = mvc.perform(valid(pages().post("staff", "/workers/new"), nik, "Daftar Halaman Contoh"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/workers/*"))
			.andReturn();
		long id = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workers/" + id);
		assertThat(jdbc.queryForObject("select monthly_income from worker where id = ?", Long.class, id)).isEqualTo(1_000_000L);
		assertThat(jdbc.queryForList("""
				select p.program from enrollment e join enrollment_program p on p.enrollment_id = e.id
				where e.worker_id = ? order by p.program""", String.class, id)).containsExactly("JHT", "JKK", "JKM");
		// the flash attributes as the page after the redirect reads them (MockMvc's flashAttrs go to a container
		// session, which Spring Session replaces by its own in PostgreSQL)
		mvc.perform(pages().get("staff", "/workers/{id}", id).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, result.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"registered\"")))
			.andExpect(content().string(containsString("Daftar Halaman Contoh sudah terdaftar: JKK, JKM, JHT, iuran Rp")))
			.andExpect(content().string(containsString("Belum bayar")));
	}

	/** A double tap, or a resend of the page whose answer was lost: the form's own id registers the person once. */
	@Test
	void registersOnceWhenTheSameFormIsSentTwice() throws Exception {
		String nik = freshWorkerNik();
		String clientId = java.util.UUID.randomUUID().toString();
		MvcResult first = mvc.perform(valid(pages().post("staff", "/workers/new"), nik, "Dua Ketuk Contoh")
				.param("clientId", clientId))
			.andExpect(redirectedUrlPattern("/workers/*"))
			.andReturn();
		MvcResult second = mvc.perform(valid(pages().post("staff", "/workers/new"), nik, "Dua Ketuk Contoh")
				.param("clientId", clientId))
			.andExpect(redirectedUrlPattern("/workers/*"))
			.andReturn();
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(workersWithNik(nik)).isOne();
		long id = jdbc.queryForObject("select id from worker where nik = ?", Long.class, nik);
		mvc.perform(pages().get("staff", "/workers/{id}", id).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, second.getFlashMap()))
			.andExpect(content().string(containsString("Dua Ketuk Contoh sudah tersimpan sebelumnya")));
		// the same id for another person: refused above the form, nothing saved
		String other = freshWorkerNik();
		mvc.perform(valid(pages().post("staff", "/workers/new"), other, "Pemakai Kode Lain Contoh").param("clientId", clientId))
			.andExpect(status().isConflict())
			.andExpect(content().string(matchesPattern("(?s).*id=\"form-problem\"[^>]*>Kode pendaftaran ini sudah dipakai.*")));
		assertThat(workersWithNik(other)).isZero();
	}

	@Test
	void showsEveryBadFieldBesideItKeepsTheValuesAndSavesNothing() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(RegistrationParams.of(nik, "").with("birthDate", "2999-01-01").with("phone", "12345")
				.with("villageCode", "33.26.12.9999").with("monthlyIncome", "satu juta").with("programs", "JKM")
				.without("consent").to(pages().post("staff", "/workers/new")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"form-problems\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"name-error\"[^>]*>Wajib diisi\\.<.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"birthDate-error\"[^>]*>Tanggal lahir tidak mungkin.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"phone-error\"[^>]*>Nomor HP harus.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"villageCode-error\"[^>]*>Bukan kode desa.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"monthlyIncome-error\"[^>]*>Isi angka bulat.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-error\"[^>]*>Program wajib belum dipilih: JKK\\..*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"consent-error\"[^>]*>Persetujuan peserta.*")))
			// the values stay as typed
			.andExpect(content().string(containsString("value=\"" + nik + "\"")))
			.andExpect(content().string(containsString("value=\"satu juta\"")))
			.andExpect(content().string(containsString("value=\"33.26.12.9999\"")));
		assertThat(workersWithNik(nik)).isZero();
	}

	@Test
	void refusesAMalformedNikBesideTheNikField() throws Exception {
		mvc.perform(valid(pages().post("staff", "/workers/new"), "3326121203850000", "NIK Salah Contoh"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"nik-error\".*Empat angka terakhir NIK tidak boleh 0000\\..*")));
		assertThat(workersWithNik("3326121203850000")).isZero();
	}

	@Test
	void namesWhoHasTheNikAlreadyWithALink() throws Exception {
		String nik = freshWorkerNik();
		long existing = idOf(mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, "Pemilik NIK Contoh")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(valid(pages().post("staff", "/workers/new"), nik, "Penyerobot NIK Contoh"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("sudah terdaftar dari pendaftaran lain")))
			.andExpect(content().string(containsString("href=\"/workers/" + existing + "\"")));
		assertThat(workersWithNik(nik)).isOne();
	}

	/**
	 * The duplicate-NIK message names the NIK masked (docs/security.md, A masked NIK cannot be rebuilt): the form
	 * keeps what the officer typed in its field, but the message about the other registration adds nothing to it,
	 * on the page and in the API's problem alike.
	 */
	@Test
	void theDuplicateNikMessageShowsTheNikMasked() throws Exception {
		String nik = freshNik("33.26.07", LocalDate.of(1985, 3, 12), false);
		mvc.perform(Api.post("staff", "/api/v1/workers",
				workerJson(nik, "Pemilik NIK Tersamar", "33.26.07.2003", "RESIDENT", LocalDate.of(1985, 3, 12))))
			.andExpect(status().isCreated());
		String masked = Nik.of(nik).masked();
		assertThat(masked).doesNotContain(nik.substring(4));
		mvc.perform(valid(pages().post("staff", "/workers/new"), nik, "Penyerobot NIK Tersamar"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("NIK " + masked + " sudah terdaftar dari pendaftaran lain")))
			.andExpect(content().string(not(containsString("NIK " + nik + " sudah terdaftar"))));
		mvc.perform(Api.post("staff", "/api/v1/workers", workerJson(nik, "Penyerobot NIK Tersamar")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("duplicate-nik"))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(nik))));
	}

	@Test
	void refusesABpuWorkerOfSixtyFiveBesideTheBirthDate() throws Exception {
		LocalDate birthDate = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusYears(66);
		String nik = freshNik(birthDate, false);
		mvc.perform(RegistrationParams.of(nik, "Terlalu Tua Contoh").with("birthDate", birthDate.toString())
				.to(pages().post("staff", "/workers/new")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"birthDate-error\"[^>]*>Peserta BPU harus berusia di bawah 65.*")));
		assertThat(workersWithNik(nik)).isZero();
	}

	@Test
	void showsNikWarningsAndPossibleDuplicatesOnTheWorkerPageWithoutBlocking() throws Exception {
		String first = freshWorkerNik();
		MvcResult earlier = mvc.perform(valid(pages().post("staff", "/workers/new"), first, "Slamet Riyadi Kembar"))
			.andExpect(status().is3xxRedirection()).andReturn();
		long earlierId = Long.parseLong(earlier.getResponse().getRedirectedUrl().replace("/workers/", ""));
		// issued in Kecamatan Sragi, not Wonopringgo: a warning, not an error; same birth date, similar name
		String second = freshNik("33.26.10", LocalDate.of(1985, 3, 12), false);
		MvcResult result = mvc.perform(valid(pages().post("staff", "/workers/new"), second, "Slamet Riyadi Kembar"))
			.andExpect(status().is3xxRedirection()).andReturn();
		mvc.perform(pages().get("staff", result.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"warnings\"")))
			.andExpect(content().string(containsString("NIK dibuat di kecamatan lain")))
			.andExpect(content().string(containsString("Mungkin data ganda")))
			.andExpect(content().string(containsString("href=\"/workers/" + earlierId + "\"")));
	}

	@Test
	void keepsTheRegistrationFromManagersAndVillageHeads() throws Exception {
		mvc.perform(pages().get("manager", "/workers/new")).andExpect(status().isForbidden());
		mvc.perform(pages().get("kades.wonopringgo", "/workers/new")).andExpect(status().isForbidden());
		String nik = freshWorkerNik();
		mvc.perform(valid(pages().post("manager", "/workers/new"), nik, "Manajer Contoh")).andExpect(status().isForbidden());
		assertThat(workersWithNik(nik)).isZero();
	}

	@Test
	void checksOneFieldAsItIsFilledIn() throws Exception {
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "nik").param("nik", "33261212"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nik-field\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"nik-error\".*NIK harus 16 angka\\..*")))
			// only the field asked for
			.andExpect(content().string(not(containsString("name-error"))));
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "name").param("name", "Budi"))
			.andExpect(content().string(matchesPattern("(?s).*id=\"name-error\"[^>]*></div>.*")));
	}

	@Test
	void warnsAsTheNikIsTypedWhenItsDateDiffersFromTheBirthDate() throws Exception {
		String nik = freshWorkerNik();
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "nik").param("nik", nik)
				.param("birthDate", "1990-01-01").param("sex", "MALE"))
			.andExpect(content().string(containsString("id=\"nik-warnings\"")))
			.andExpect(content().string(containsString("Tanggal lahir tidak sama dengan tanggal lahir di dalam NIK")));
	}

	@Test
	void quotesTheChosenProgramsLiveWithTheTotalForToday() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		var quote = quoter.quote(new QuoteRequest(today, Segment.BPU, 1_000_000, EnumSet.of(Program.JKK, Program.JKM, Program.JHT),
				Sector.TRADE, Payer.SELF, null, null));
		// the page quotes on the phone as programs are ticked (OfflineQuoteBrowserTest); the server quotes the plan
		// it answers when the segment changes
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "segment")
				.param("monthlyIncome", "1.000.000").param("segment", "BPU").param("sector", "TRADE")
				.param("programs", "JKK", "JKM", "JHT").param("payer", "SELF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"segment-field\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"plan\"[^>]*hx-swap-oob=\"true\".*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"quote-total\">" + rupiah(quote.monthlyContribution()) + "<.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"quote-JHT\">" + rupiah(quote.breakdown().get(Program.JHT)) + "<.*")));
	}

	@Test
	void showsTheDiscountOfPp50In2026() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		var quote = quoter.quote(new QuoteRequest(today, Segment.BPU, 1_000_000, EnumSet.of(Program.JKK, Program.JKM),
				Sector.TRADE, Payer.SELF, null, null));
		var result = mvc.perform(pages().post("staff", "/workers/new/check").param("field", "segment")
				.param("monthlyIncome", "1000000").param("segment", "BPU").param("sector", "TRADE")
				.param("programs", "JKK", "JKM"))
			.andExpect(status().isOk());
		if (quote.adjustments().isEmpty()) {
			result.andExpect(content().string(not(containsString("quote-adjustments"))));
		}
		else {
			// the full amount, the saving by the regulation's name, then what to pay (issue #19, "money as people read it")
			var saving = quote.savings().get(0);
			result.andExpect(content().string(allOf(containsString("id=\"quote-adjustments\""),
					containsString("id=\"quote-full\">" + rupiah(quote.fullContribution()) + "<"),
					containsString(saving.regulation() + ": potongan " + saving.percent() + "% JKK dan JKM"),
					containsString("\u2212" + rupiah(saving.amount()) + "<"),
					matchesPattern("(?s).*id=\"quote-total\">" + rupiah(quote.monthlyContribution()) + "<.*"))));
		}
	}

	@Test
	void offersOnlyTheProgramsOpenToTheSegmentAndRequiresTheCore() throws Exception {
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "segment").param("segment", "BPU")
				.param("programs", "JKM"))
			.andExpect(content().string(not(containsString("programs-JP"))));
		mvc.perform(RegistrationParams.of(freshWorkerNik(), "Tanpa JKK Contoh").with("programs", "JKM")
				.to(pages().post("staff", "/workers/new")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-error\"[^>]*>Program wajib belum dipilih: JKK\\..*")));
		// a wage earner of a medium employer: JP offered and, with JHT, chosen for them when the size is chosen
		mvc.perform(pages().post("staff", "/workers/new/check").param("field", "employerSize").param("segment", "PU")
				.param("employerSize", "MEDIUM").param("programs", "JKK", "JKM"))
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-JP\"[^>]*checked.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"programs-JHT\"[^>]*checked.*")));
	}

	@Test
	void suggestsVillagesInScopeByNameAndFillsInTheCode() throws Exception {
		mvc.perform(pages().get("staff", "/workers/villages").param("villageSearch", "wonopr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wonopringgo")))
			.andExpect(content().string(containsString("villageCode=33.26.12.2008")));
		mvc.perform(pages().get("kades.kedungjaran", "/workers/villages").param("villageSearch", "wonopr"))
			.andExpect(content().string(not(containsString("33.26.12.2008"))));
		mvc.perform(pages().get("staff", "/workers/new/village").param("villageCode", "33.26.12.2008"))
			.andExpect(content().string(containsString("value=\"33.26.12.2008\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"villageCode-name\"[^>]*>Wonopringgo, Kec\\. Wonopringgo<.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"village-suggestions\"[^>]*hx-swap-oob=\"true\".*")));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		mvc.perform(pages().get("staff", "/workers/new").param("lang", "en"))
			.andExpect(content().string(containsString("Register a worker")))
			.andExpect(content().string(not(containsString("Daftarkan dan ikutkan program"))));
	}
}
