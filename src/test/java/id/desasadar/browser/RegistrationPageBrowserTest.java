package id.desasadar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import id.desasadar.Api;
import id.desasadar.contribution.ContributionQuoter;
import id.desasadar.contribution.Payer;
import id.desasadar.contribution.Program;
import id.desasadar.contribution.QuoteRequest;
import id.desasadar.contribution.Sector;
import id.desasadar.contribution.Segment;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /workers/new} on a phone with a slow network (issue #15): the quote follows every tick at once, a check
 * answered late undoes no choice made after it was sent, what was typed survives a reload, and the programs saved
 * are the programs ticked.
 */
@BrowserTest
class RegistrationPageBrowserTest {

	private static final LocalDate BORN = LocalDate.of(1988, 1, 9);

	private final Browser browser;
	private final FieldNetwork network;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContributionQuoter quoter;

	RegistrationPageBrowserTest(Browser browser, FieldNetwork network) {
		this.browser = browser;
		this.network = network;
	}

	@Test
	void theProgramsSavedAreThoseTickedAndWhatWasTypedSurvivesAReload() {
		browser.signIn("staff").open("/workers/new");
		String nik = Api.freshNik(BORN, false);
		browser.fill("nik", nik).fill("name", "Rukmini Contoh Halaman").fill("birthDate", BORN.toString())
			.fill("sex", "MALE").fill("villageCode", "33.26.12.2008").fill("occupation", "Petani")
			.fill("sector", "AGRICULTURE").fill("consent", "true");
		browser.settle();
		network.slow(Duration.ofMillis(1500));
		browser.fill("monthlyIncome", "1.500.000");
		// leaving the income field sends its check; JHT is ticked while the check is on its way
		WebElement jht = browser.driver().findElement(By.cssSelector("label[for='programs-JHT']"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", jht);
		jht.click();
		browser.waitUntil(d -> browser.text("quote").contains("Jaminan Hari Tua"), "the quote with JHT, at once, on the phone");
		// issue #19, money as people read it: the phone draws the full amount, the saving by the regulation's name,
		// then what to pay, in the server's words
		var quote = quoter.quote(new QuoteRequest(LocalDate.now(ZoneId.of("Asia/Jakarta")), Segment.BPU, 1_500_000,
				EnumSet.of(Program.JKK, Program.JKM, Program.JHT), Sector.AGRICULTURE, Payer.SELF, null, null));
		String card = browser.text("quote");
		assertThat(card).contains("Dibayar per bulan").contains(rupiah(quote.monthlyContribution()));
		quote.savings().forEach(saving -> assertThat(card)
			.contains(saving.regulation() + ": potongan " + saving.percent() + "% " + saving.programList("dan"))
			.contains("Iuran penuh").contains(rupiah(quote.fullContribution())).contains("\u2212" + rupiah(saving.amount())));
		browser.screenshot("quote");
		browser.settle();
		assertThat(browser.driver().findElement(By.id("programs-JHT")).isSelected()).as("still ticked after the late answer").isTrue();
		network.up();

		browser.driver().navigate().refresh();

		browser.visible(By.cssSelector("form#worker-form"));
		assertThat(browser.value("name")).as("kept in the tab").isEqualTo("Rukmini Contoh Halaman");
		assertThat(browser.value("monthlyIncome")).isEqualTo("1.500.000");
		assertThat(browser.driver().findElement(By.id("programs-JHT")).isSelected()).isTrue();
		browser.click("register");

		browser.waitUntil(d -> browser.path().matches("/workers/\\d+"), "the worker's page");
		assertThat(browser.text("registered")).contains("Rukmini Contoh Halaman").contains("JKK, JKM, JHT");
		assertThat(jdbc.queryForList("""
				select p.program from enrollment_program p join enrollment e on e.id = p.enrollment_id
				join worker w on w.id = e.worker_id where w.nik = ? order by p.program""", String.class, nik))
			.isEqualTo(List.of("JHT", "JKK", "JKM"));

		browser.open("/workers/new");
		assertThat(browser.value("name")).as("the draft gone once saved").isEmpty();
	}

	private static String rupiah(long amount) {
		return "Rp" + String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
	}
}
